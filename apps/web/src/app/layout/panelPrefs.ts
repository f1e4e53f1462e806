/*
 * The workspace's panel sizes and collapsed states as saved in the browser: pure, unit-tested.
 * A stored value is read field by field and anything unreadable (bad JSON, an unknown version,
 * a size out of range) falls back to that field's default, so a bad value never breaks the page.
 */

export type PanelId = 'palette' | 'inspector' | 'dock';

export interface PanelPref {
  /** Width (palette, inspector) or height (dock) in CSS pixels. */
  size: number;
  collapsed: boolean;
}

export type PanelPrefs = Readonly<Record<PanelId, PanelPref>>;

export interface PanelLimits {
  min: number;
  max: number;
  initial: number;
}

export const PANEL_LIMITS: Readonly<Record<PanelId, PanelLimits>> = {
  palette: { min: 180, max: 440, initial: 240 },
  inspector: { min: 260, max: 640, initial: 340 },
  dock: { min: 120, max: 640, initial: 240 },
};

export const PANEL_IDS: readonly PanelId[] = ['palette', 'inspector', 'dock'];

/** The localStorage key; the value carries a schemaVersion (house rule 8). */
export const PANEL_PREFS_KEY = 'pipewright:panel-layout';
export const PANEL_PREFS_VERSION = 1;

export const DEFAULT_PANEL_PREFS: PanelPrefs = {
  palette: { size: PANEL_LIMITS.palette.initial, collapsed: false },
  inspector: { size: PANEL_LIMITS.inspector.initial, collapsed: false },
  dock: { size: PANEL_LIMITS.dock.initial, collapsed: false },
};

/** A size kept within the panel's limits (whole pixels). */
export function clampPanelSize(id: PanelId, size: number): number {
  const { min, max } = PANEL_LIMITS[id];
  return Math.round(Math.min(max, Math.max(min, size)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readPanel(id: PanelId, value: unknown): PanelPref {
  const fallback = DEFAULT_PANEL_PREFS[id];
  if (!isRecord(value)) return fallback;
  const size =
    typeof value.size === 'number' && Number.isFinite(value.size) ? clampPanelSize(id, value.size) : fallback.size;
  const collapsed = typeof value.collapsed === 'boolean' ? value.collapsed : fallback.collapsed;
  return { size, collapsed };
}

/** The preferences in a stored string (null: nothing stored). Never throws. */
export function readPanelPrefs(stored: string | null): PanelPrefs {
  if (stored === null) return DEFAULT_PANEL_PREFS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return DEFAULT_PANEL_PREFS;
  }
  if (!isRecord(parsed) || parsed.schemaVersion !== PANEL_PREFS_VERSION || !isRecord(parsed.panels)) {
    return DEFAULT_PANEL_PREFS;
  }
  const panels = parsed.panels;
  return {
    palette: readPanel('palette', panels.palette),
    inspector: readPanel('inspector', panels.inspector),
    dock: readPanel('dock', panels.dock),
  };
}

export function writePanelPrefs(prefs: PanelPrefs): string {
  return JSON.stringify({ schemaVersion: PANEL_PREFS_VERSION, panels: prefs });
}
