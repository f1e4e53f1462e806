import { describe, expect, it } from 'vitest';
import {
  CHROME_HEIGHT,
  MIN_CANVAS_HEIGHT,
  MIN_CANVAS_WIDTH,
  RAIL_WIDTH,
  SPLITTER_SIZE,
  fitPanels,
} from './fitPanels.js';
import { DEFAULT_PANEL_PREFS, PANEL_LIMITS, type PanelPrefs } from './panelPrefs.js';

const wide: PanelPrefs = {
  palette: { size: PANEL_LIMITS.palette.max, collapsed: false },
  inspector: { size: PANEL_LIMITS.inspector.max, collapsed: false },
  dock: { size: PANEL_LIMITS.dock.max, collapsed: false },
};

function canvasWidth(prefs: PanelPrefs, width: number): number {
  const fitted = fitPanels(prefs, { width, height: 900 });
  const side = (id: 'palette' | 'inspector') =>
    prefs[id].collapsed ? fitted[id].size : fitted[id].size + SPLITTER_SIZE;
  return width - side('palette') - side('inspector');
}

describe('fitPanels', () => {
  it('draws the remembered sizes when the window has room', () => {
    const fitted = fitPanels(DEFAULT_PANEL_PREFS, { width: 1440, height: 900 });
    expect(fitted.palette.size).toBe(DEFAULT_PANEL_PREFS.palette.size);
    expect(fitted.inspector.size).toBe(DEFAULT_PANEL_PREFS.inspector.size);
    expect(fitted.dock.size).toBe(DEFAULT_PANEL_PREFS.dock.size);
  });

  it.each([1024, 1440, 1920])(
    'keeps the canvas its minimum width in a %i px window with the largest panels',
    (width) => {
      expect(canvasWidth(wide, width)).toBeGreaterThanOrEqual(MIN_CANVAS_WIDTH);
    },
  );

  it('never shrinks a panel below its minimum, and a collapsed panel is its rail', () => {
    const fitted = fitPanels(wide, { width: 700, height: 400 });
    expect(fitted.palette.size).toBe(PANEL_LIMITS.palette.min);
    expect(fitted.inspector.size).toBe(PANEL_LIMITS.inspector.min);
    expect(fitted.dock.size).toBe(PANEL_LIMITS.dock.min);
    const collapsed = fitPanels({ ...wide, palette: { size: 300, collapsed: true } }, { width: 1440, height: 900 });
    expect(collapsed.palette.size).toBe(RAIL_WIDTH);
  });

  it('leaves the canvas its height above the dock', () => {
    const fitted = fitPanels(wide, { width: 1024, height: 700 });
    expect(700 - CHROME_HEIGHT - fitted.dock.size).toBeGreaterThanOrEqual(MIN_CANVAS_HEIGHT);
  });
});
