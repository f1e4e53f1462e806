import { generatePipeline } from '@pipewright/model';
import { autosave, openShareLink, restoreSession } from './persistence/index.js';
import { createEditorStore, type EditorStore } from './store/index.js';

/*
 * The first document: `?bench=SxA` (a generated pipeline for the benchmark), a
 * share link in the fragment, the autosaved work, or a blank pipeline. Autosave
 * follows every document change, except for benchmark pipelines.
 */

const BENCH = /^(\d{1,3})x(\d{1,3})$/;

export interface Boot {
  store: EditorStore;
  /** Something the user should know about the start (a damaged link, unreadable storage). */
  warning?: string;
}

/** Work that can wait (autosave, see below) runs when the page is idle (within a second), not inside a keystroke or the first draw. */
const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === 'function'
    ? void requestIdleCallback(task, { timeout: 1000 })
    : void setTimeout(task, 200);

/**
 * Deferred validation of large documents runs once the page is idle: after the canvas has drawn
 * its nodes (React Flow takes them in an effect, a render after the first paint), not in between.
 */
const afterPaint = (task: () => void) => whenIdle(task);

export function bootEditor(location: Location, storage: Storage | undefined): Boot {
  const bench = new URLSearchParams(location.search).get('bench');
  const match = bench ? BENCH.exec(bench) : null;
  if (match) {
    const pipeline = generatePipeline({ stages: Number(match[1]), actionsPerStage: Number(match[2]) });
    return {
      store: createEditorStore(
        { pipeline, source: { kind: 'bench', id: bench ?? undefined } },
        { schedule: afterPaint },
      ),
    };
  }

  // Restore the autosaved work, then open a share link over it as one undoable step
  // (persistence/session.ts), so opening a link never silently replaces the saved work.
  const restored = restoreSession(storage);
  const store = createEditorStore(restored.init, { schedule: afterPaint });
  if (storage) {
    const report = (message: string) => store.getState().notify(message);
    const saveNow = autosave(store, storage, report, { schedule: whenIdle });
    addEventListener('pagehide', saveNow);
  }
  const opening = openShareLink(store, location.hash, storage);
  if (opening.message !== undefined && typeof history !== 'undefined') {
    // A reload must not re-open the link over what the user did since.
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  }
  const warning = opening.message ?? restored.warning;
  if (warning) store.getState().notify(warning);
  return { store, ...(warning ? { warning } : {}) };
}
