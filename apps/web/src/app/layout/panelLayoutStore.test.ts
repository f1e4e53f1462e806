import { describe, expect, it } from 'vitest';
import { createPanelLayoutStore, type PanelStorage } from './panelLayoutStore.js';
import { PANEL_LIMITS, PANEL_PREFS_KEY } from './panelPrefs.js';

function memoryStorage(initial: Record<string, string> = {}): PanelStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value) };
}

describe('panel layout store', () => {
  it('remembers sizes and collapsed states for the next store on the same storage', () => {
    const storage = memoryStorage();
    const first = createPanelLayoutStore(storage);
    first.getState().resize('palette', 321);
    first.getState().setCollapsed('inspector', true);
    const second = createPanelLayoutStore(storage).getState().prefs;
    expect(second.palette).toEqual({ size: 321, collapsed: false });
    expect(second.inspector.collapsed).toBe(true);
  });

  it('clamps a resize and expands a collapsed panel that is resized', () => {
    const store = createPanelLayoutStore(memoryStorage());
    store.getState().setCollapsed('dock', true);
    store.getState().resize('dock', 10_000);
    expect(store.getState().prefs.dock).toEqual({ size: PANEL_LIMITS.dock.max, collapsed: false });
  });

  it('starts from the defaults when the stored value is broken or storage throws', () => {
    const broken = createPanelLayoutStore(memoryStorage({ [PANEL_PREFS_KEY]: 'not json' }));
    expect(broken.getState().prefs.palette.size).toBe(PANEL_LIMITS.palette.initial);
    const throwing: PanelStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    const store = createPanelLayoutStore(throwing);
    store.getState().resize('palette', 300);
    expect(store.getState().prefs.palette.size).toBe(300);
  });
});
