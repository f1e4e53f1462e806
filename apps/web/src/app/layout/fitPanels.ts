import { PANEL_LIMITS, type PanelId, type PanelPrefs } from './panelPrefs.js';

/*
 * The sizes the panels are drawn at in a window: the remembered ones, shrunk (never below their
 * minimum) so the canvas keeps room to show the pipeline when the window is small or the
 * remembered sizes came from a larger one. Pure, unit-tested.
 */

/** The canvas keeps at least this much width and height. */
export const MIN_CANVAS_WIDTH = 360;
export const MIN_CANVAS_HEIGHT = 220;
/** A collapsed side panel's rail, and a splitter bar. */
export const RAIL_WIDTH = 32;
export const SPLITTER_SIZE = 6;
/** The toolbar and the dock's tab row: height the dock's size cannot use. */
export const CHROME_HEIGHT = 96;

export interface FittedPanel {
  /** Drawn size in pixels (the rail's width when collapsed). */
  size: number;
  /** The largest size the splitter can reach in this window. */
  max: number;
}

export type FittedPanels = Readonly<Record<PanelId, FittedPanel>>;

export function fitPanels(prefs: PanelPrefs, window: { width: number; height: number }): FittedPanels {
  const sideRoom = window.width - MIN_CANVAS_WIDTH;
  /** What a side panel takes beside the canvas: its rail, or its width and splitter. */
  const taken = (id: SideId, size: number) => (prefs[id].collapsed ? RAIL_WIDTH : size + SPLITTER_SIZE);
  const fit = (id: SideId, otherTakes: number): FittedPanel => {
    const { min, max } = PANEL_LIMITS[id];
    const room = Math.max(min, Math.min(max, sideRoom - otherTakes - SPLITTER_SIZE));
    return { size: prefs[id].collapsed ? RAIL_WIDTH : Math.min(prefs[id].size, room), max: room };
  };
  // The inspector gives way first (its forms scroll), then the palette down to its minimum.
  const palette = fit('palette', taken('inspector', PANEL_LIMITS.inspector.min));
  const inspector = fit('inspector', taken('palette', palette.size));

  const { min, max } = PANEL_LIMITS.dock;
  const dockRoom = Math.max(min, Math.min(max, window.height - CHROME_HEIGHT - MIN_CANVAS_HEIGHT));
  return { palette, inspector, dock: { size: Math.min(prefs.dock.size, dockRoom), max: dockRoom } };
}

type SideId = 'palette' | 'inspector';
