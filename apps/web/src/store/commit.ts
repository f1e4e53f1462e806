import type { StateCreator, StoreMutatorIdentifier } from 'zustand/vanilla';

/**
 * A zustand middleware through which every write to the store passes: the actions' `set`,
 * `store.setState`, and what middleware inside it writes (zundo's undo and redo). Each patch is
 * completed by `complete(before, patch)` (the state the patch implies: for the editor, a new
 * document's revision, selection and diagnostics) and written in the same `set`, so subscribers
 * are notified once per change and never see a document beside another document's derived state.
 * Apply it outermost, so the middleware inside it receives the completing `set`.
 */
export function committing<T, Mos extends [StoreMutatorIdentifier, unknown][]>(
  complete: (before: T, patch: Partial<T>) => Partial<T>,
  config: StateCreator<T, [], Mos>,
): StateCreator<T, [], Mos> {
  return (set, get, api) => {
    const commit = ((partial: T | Partial<T> | ((state: T) => T | Partial<T>), replace?: boolean) => {
      const before = get();
      const patch = typeof partial === 'function' ? (partial as (state: T) => T | Partial<T>)(before) : partial;
      const completed = { ...patch, ...complete(before, patch) };
      if (replace) set(completed as T, true);
      else set(completed);
    }) as typeof set;
    api.setState = commit;
    return config(commit, get, api);
  };
}
