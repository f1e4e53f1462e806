import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  PANEL_PREFS_KEY,
  clampPanelSize,
  readPanelPrefs,
  writePanelPrefs,
  type PanelId,
  type PanelPrefs,
} from './panelPrefs.js';

/*
 * The workspace's panel layout (sizes, collapsed), a view state of its own: not in the
 * document store and not in its undo history. Every change is saved (a failing storage
 * only loses the memory of the layout, never the change itself).
 */

export interface PanelLayoutState {
  prefs: PanelPrefs;
  resize(id: PanelId, size: number): void;
  setCollapsed(id: PanelId, collapsed: boolean): void;
}

export type PanelLayoutStore = StoreApi<PanelLayoutState>;

/** Storage as the store uses it (localStorage, or a stand-in in tests). */
export type PanelStorage = Pick<Storage, 'getItem' | 'setItem'>;

function readStored(storage: PanelStorage | undefined): string | null {
  try {
    return storage?.getItem(PANEL_PREFS_KEY) ?? null;
  } catch {
    return null;
  }
}

export function createPanelLayoutStore(storage: PanelStorage | undefined): PanelLayoutStore {
  const store = createStore<PanelLayoutState>()((set) => {
    const update = (id: PanelId, change: Partial<PanelLayoutState['prefs'][PanelId]>) =>
      set((state) => ({ prefs: { ...state.prefs, [id]: { ...state.prefs[id], ...change } } }));
    return {
      prefs: readPanelPrefs(readStored(storage)),
      resize: (id, size) => update(id, { size: clampPanelSize(id, size), collapsed: false }),
      setCollapsed: (id, collapsed) => update(id, { collapsed }),
    };
  });
  store.subscribe((state, previous) => {
    if (state.prefs === previous.prefs) return;
    try {
      storage?.setItem(PANEL_PREFS_KEY, writePanelPrefs(state.prefs));
    } catch {
      // A full or disabled storage: the layout still changes, it is just not remembered.
    }
  });
  return store;
}
