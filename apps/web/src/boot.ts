import { generatePipeline } from '@pipewright/model';
import { AUTOSAVE_KEY, decodeShareFragment, loadWork, saveWork, savedWork } from './persistence/index.js';
import { createEditorStore, type EditorInit, type EditorStore } from './store/index.js';

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

export function bootEditor(location: Location, storage: Storage | undefined): Boot {
  const bench = new URLSearchParams(location.search).get('bench');
  const match = bench ? BENCH.exec(bench) : null;
  if (match) {
    const pipeline = generatePipeline({ stages: Number(match[1]), actionsPerStage: Number(match[2]) });
    return { store: createEditorStore({ pipeline, source: { kind: 'bench', id: bench ?? undefined } }) };
  }

  let init: EditorInit = {};
  let warning: string | undefined;
  const shared = decodeShareFragment(location.hash);
  const restored = storage ? loadWork(storage) : null;
  if (shared?.ok) init = { pipeline: shared.pipeline, source: { kind: 'share' } };
  else if (restored?.ok)
    init = { pipeline: restored.work.document.pipeline, source: { kind: 'import', format: 'json' } };
  if (shared && !shared.ok) warning = `Could not open the shared pipeline: ${shared.reason}`;
  else if (restored && !restored.ok) warning = `Could not restore your saved work: ${restored.reason}`;

  const store = createEditorStore(init);
  if (storage) {
    store.subscribe((state, previous) => {
      if (state.pipeline === previous.pipeline) return;
      const result = saveWork(storage, savedWork(state.pipeline), AUTOSAVE_KEY);
      if (!result.ok) state.notify(result.message);
    });
  }
  if (warning) store.getState().notify(warning);
  return { store, ...(warning ? { warning } : {}) };
}
