import { generatePipeline } from '@pipewright/model';
import {
  autosave,
  createTabSession,
  describeClosedTabsWork,
  openShareLink,
  restoreSession,
  type ClosedTabWork,
  type LockManagerLike,
} from './persistence/index.js';
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
  /** Work saved by tabs that are closed now, to offer (persistence/closed-tabs.ts). */
  closedTabsWork?: Promise<ClosedTabWork[]>;
}

export interface BootEnvironment {
  /** This tab's session storage (its id survives a reload). */
  session?: Storage | undefined;
  /** Web Locks, to tell this tab from the other open ones. */
  locks?: LockManagerLike | undefined;
}

const ANOTHER_TAB =
  'This designer is open in another tab too: this tab saves its work separately, so neither tab overwrites the other.';

function storageKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
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

export async function bootEditor(
  location: Location,
  storage: Storage | undefined,
  env: BootEnvironment = {},
): Promise<Boot> {
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
  // Each tab restores and saves its own work (persistence/tabs.ts): two tabs never overwrite each other.
  const tabs = storage ? createTabSession(storage, env.session, env.locks, () => storageKeys(storage)) : undefined;
  const restored = restoreSession(storage, tabs?.restoreKey);
  const store = createEditorStore(restored.init, { schedule: afterPaint });
  let closedTabsWork: Promise<ClosedTabWork[]> | undefined;
  if (storage && tabs) {
    const report = (message: string) => store.getState().notify(message);
    const saveNow = autosave(store, storage, report, { schedule: whenIdle, key: tabs.saveKey });
    addEventListener('pagehide', saveNow);
    const started = tabs.start().then(({ anotherTab }) => {
      // What changed while the locks were asked for (a share link just opened): saved when idle,
      // as every autosave is, not in the middle of the first draw (encoding 2,500 actions).
      whenIdle(saveNow);
      if (anotherTab) report(ANOTHER_TAB);
    });
    closedTabsWork = started
      .then(() => tabs.closedTabsWork())
      .then((keys) => describeClosedTabsWork(storage, keys))
      .catch(() => []);
  }
  // Before the first render (main.tsx waits for it), so the canvas draws the shared pipeline once.
  const opening = await openShareLink(store, location.hash, storage);
  if (opening.message !== undefined && typeof history !== 'undefined') {
    // A reload must not re-open the link over what the user did since.
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  }
  const warning = opening.message ?? restored.warning;
  if (warning) store.getState().notify(warning);
  return { store, ...(warning ? { warning } : {}), ...(closedTabsWork ? { closedTabsWork } : {}) };
}
