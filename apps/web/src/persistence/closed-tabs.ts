import { literal } from '@pipewright/model';
import type { EditorStore } from '../store/index.js';
import { loadWork, saveWork, type KeyValueStorage } from './autosave.js';
import { openedSource, workOf } from './session.js';

/*
 * Work a closed tab saved under its own key (persistence/tabs.ts), offered to the user. Opening
 * it swaps the two: the open document goes to that key (offered again next time) and the
 * closed tab's work becomes the open document, one Undo away from the previous one.
 */

export interface ClosedTabWork {
  key: string;
  name: string;
  savedAt: string;
}

export function describeClosedTabsWork(storage: KeyValueStorage, keys: readonly string[]): ClosedTabWork[] {
  return keys.flatMap((key) => {
    const loaded = loadWork(storage, key);
    if (!loaded?.ok) return [];
    const name = literal(loaded.work.document.pipeline.name) ?? 'pipeline';
    return [{ key, name, savedAt: loaded.work.savedAt }];
  });
}

/** Opens the work saved under `key`, keeping the open document under that key instead. False when it cannot be read or written. */
export function openClosedTabWork(store: EditorStore, storage: KeyValueStorage, key: string): boolean {
  const loaded = loadWork(storage, key);
  if (!loaded?.ok) return false;
  const keep = saveWork(storage, workOf(store.getState()), key);
  if (!keep.ok) {
    store.getState().notify(keep.message);
    return false;
  }
  return store.getState().replacePipeline(loaded.work.document.pipeline, openedSource(loaded.work.document));
}
