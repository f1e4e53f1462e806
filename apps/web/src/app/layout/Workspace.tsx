import { useEffect, useLayoutEffect, useMemo, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useEditorStore, useEditorStoreApi } from '../../store/index.js';
import { RAIL_WIDTH, SPLITTER_SIZE, fitPanels } from './fitPanels.js';
import type { PanelLayoutStore } from './panelLayoutStore.js';
import { PANEL_LIMITS } from './panelPrefs.js';
import { SidePanel } from './SidePanel.js';
import { Splitter } from './Splitter.js';
import { useWindowSize } from './useWindowSize.js';
import './layout.css';

/*
 * The workspace below the toolbar: palette | canvas and dock | inspector, each side panel and
 * the dock resizable (splitters) and collapsible, sizes and collapsed states remembered
 * (panelLayoutStore). The dock's collapsed state is the editor's own `dockPanel === null`,
 * mirrored into the remembered layout.
 */

export const PALETTE_PANEL_ID = 'pw-palette-panel';
export const INSPECTOR_PANEL_ID = 'pw-inspector-panel';
export const DOCK_ID = 'pw-dock';

export interface WorkspaceProps {
  /** The remembered panel layout (made once by the app: createPanelLayoutStore). */
  layout: PanelLayoutStore;
  palette: ReactNode;
  canvas: ReactNode;
  dock: ReactNode;
  inspector: ReactNode;
  onInspectorKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

export function Workspace({ layout, palette, canvas, dock, inspector, onInspectorKeyDown }: WorkspaceProps) {
  const prefs = useStore(layout, (s) => s.prefs);
  const { resize, setCollapsed } = layout.getState();
  const windowSize = useWindowSize();
  const fitted = useMemo(() => fitPanels(prefs, windowSize), [prefs, windowSize]);
  const dockOpen = useEditorStore((s) => s.dockPanel !== null);
  const openDock = useEditorStore((s) => s.openDock);
  useDockCollapseRemembered(layout);
  useInspectorShownForFields(layout);

  // A side panel's column holds its splitter too (the rail's width when collapsed).
  const column = (id: 'palette' | 'inspector') =>
    prefs[id].collapsed ? `${RAIL_WIDTH}px` : `${fitted[id].size + SPLITTER_SIZE}px`;
  const columns = `${column('palette')} minmax(0, 1fr) ${column('inspector')}`;
  const centreStyle = { '--pw-dock-height': `${fitted.dock.size}px` } as CSSProperties;

  return (
    <div className="pw-workspace" style={{ gridTemplateColumns: columns }}>
      <SidePanel
        id={PALETTE_PANEL_ID}
        side="left"
        title="Palette"
        collapsed={prefs.palette.collapsed}
        onCollapsedChange={(collapsed) => setCollapsed('palette', collapsed)}
        splitter={
          <Splitter
            label="Resize palette"
            controls={PALETTE_PANEL_ID}
            orientation="vertical"
            grows={1}
            size={fitted.palette.size}
            min={PANEL_LIMITS.palette.min}
            max={fitted.palette.max}
            onResize={(size) => resize('palette', Math.min(size, fitted.palette.max))}
            onCollapse={() => setCollapsed('palette', true)}
          />
        }
      >
        {palette}
      </SidePanel>
      <main className="pw-centre" style={centreStyle}>
        {canvas}
        {dockOpen && (
          <Splitter
            label="Resize bottom panel"
            controls={DOCK_ID}
            orientation="horizontal"
            grows={-1}
            size={fitted.dock.size}
            min={PANEL_LIMITS.dock.min}
            max={fitted.dock.max}
            onResize={(size) => resize('dock', Math.min(size, fitted.dock.max))}
            onCollapse={() => openDock(null)}
          />
        )}
        {dock}
      </main>
      <SidePanel
        id={INSPECTOR_PANEL_ID}
        side="right"
        title="Inspector"
        label="Inspector panel"
        collapsed={prefs.inspector.collapsed}
        onCollapsedChange={(collapsed) => setCollapsed('inspector', collapsed)}
        onKeyDown={onInspectorKeyDown}
        splitter={
          <Splitter
            label="Resize inspector"
            controls={INSPECTOR_PANEL_ID}
            orientation="vertical"
            grows={-1}
            size={fitted.inspector.size}
            min={PANEL_LIMITS.inspector.min}
            max={fitted.inspector.max}
            onResize={(size) => resize('inspector', Math.min(size, fitted.inspector.max))}
            onCollapse={() => setCollapsed('inspector', true)}
          />
        }
      >
        {inspector}
      </SidePanel>
    </div>
  );
}

/** A dock closed at the last visit opens closed (unless a JSON draft waits in it); closing or opening it is remembered. */
function useDockCollapseRemembered(layout: PanelLayoutStore): void {
  const store = useEditorStoreApi();
  useLayoutEffect(() => {
    const { jsonDraft, openDock } = store.getState();
    if (layout.getState().prefs.dock.collapsed && !jsonDraft) openDock(null);
    return store.subscribe((state, previous) => {
      if (state.dockPanel !== previous.dockPanel) layout.getState().setCollapsed('dock', state.dockPanel === null);
    });
  }, [store, layout]);
}

/** A field asked for (a problem clicked, Enter on a card) shows a hidden inspector: it is where the field is. */
function useInspectorShownForFields(layout: PanelLayoutStore): void {
  const store = useEditorStoreApi();
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.focusField === undefined || state.focusField === previous.focusField) return;
        if (layout.getState().prefs.inspector.collapsed) layout.getState().setCollapsed('inspector', false);
      }),
    [store, layout],
  );
}
