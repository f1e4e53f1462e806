import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PANEL_PREFS,
  PANEL_LIMITS,
  clampPanelSize,
  readPanelPrefs,
  writePanelPrefs,
  type PanelPrefs,
} from './panelPrefs.js';

describe('panel preferences', () => {
  const custom: PanelPrefs = {
    palette: { size: 300, collapsed: true },
    inspector: { size: 420, collapsed: false },
    dock: { size: 180, collapsed: true },
  };

  it('reads back what it wrote', () => {
    expect(readPanelPrefs(writePanelPrefs(custom))).toEqual(custom);
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{"schemaVersion":1,'],
    ['not an object', '42'],
    ['another version', JSON.stringify({ schemaVersion: 99, panels: custom })],
    ['no panels', JSON.stringify({ schemaVersion: 1 })],
  ])('falls back to the defaults for %s', (_label, stored) => {
    expect(readPanelPrefs(stored)).toEqual(DEFAULT_PANEL_PREFS);
  });

  it('keeps the readable fields and defaults the rest, clamping sizes to the limits', () => {
    const stored = JSON.stringify({
      schemaVersion: 1,
      panels: {
        palette: { size: 5, collapsed: 'yes' },
        inspector: { size: 1e9, collapsed: true },
        dock: { size: 'tall' },
      },
    });
    expect(readPanelPrefs(stored)).toEqual({
      palette: { size: PANEL_LIMITS.palette.min, collapsed: false },
      inspector: { size: PANEL_LIMITS.inspector.max, collapsed: true },
      dock: DEFAULT_PANEL_PREFS.dock,
    });
  });

  it('clamps and rounds sizes', () => {
    expect(clampPanelSize('dock', 200.6)).toBe(201);
    expect(clampPanelSize('dock', -10)).toBe(PANEL_LIMITS.dock.min);
  });
});
