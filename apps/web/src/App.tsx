import { useEffect, useState } from 'react';
import { copyEvent, handleShortcut } from './app/shortcuts.js';
import { Toolbar } from './app/Toolbar.js';
import { localStorageOrUndefined } from './app/browserStorage.js';
import { FirstOpenHint } from './app/FirstOpenHint.js';
import { createPanelLayoutStore } from './app/layout/panelLayoutStore.js';
import { DOCK_ID, Workspace } from './app/layout/Workspace.js';
import { Canvas } from './canvas/Canvas.js';
import { focusCanvas } from './canvas/focusCanvas.js';
import { Palette } from './palette/Palette.js';
import {
  ExportDialog,
  GlobalImport,
  ImportDialog,
  InspectorPanel,
  JsonPanel,
  ProblemsPanel,
  ShareDialog,
  TemplatePicker,
} from './panels/index.js';
import { useDiagnosticsAt, useEditorStore, useEditorStoreApi, type DockPanel } from './store/index.js';
import { ChangesPanel, CompareBar, CompareDialog, useCompare } from './compare/index.js';
import './app/app.css';
import './app/theme/dark.css';

/*
 * The layout: toolbar on top; palette | canvas | inspector; a dock below the
 * canvas with the problems list and the JSON view (app/layout: resizable, collapsible). Panels and dialogs come from
 * ./panels (the panels engineer's), and all of them talk to the store, not to
 * each other.
 */
export function App() {
  const store = useEditorStoreApi();
  const [layout] = useState(() => createPanelLayoutStore(localStorageOrUndefined()));
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => handleShortcut(store, event);
    const onCopy = (event: ClipboardEvent) => copyEvent(store, event);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('copy', onCopy);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('copy', onCopy);
    };
  }, [store]);

  return (
    <div className="pw-app">
      {/* The first Tab stop: straight to the pipeline, past the toolbar and the palette. */}
      <a
        className="pw-skip-link"
        href="#pipeline-canvas"
        onClick={(event) => {
          event.preventDefault();
          focusCanvas(store.getState().selection);
        }}
      >
        Skip to the pipeline canvas
      </a>
      <Toolbar />
      <CompareBar />
      <FirstOpenHint layout={layout} />
      <Workspace
        layout={layout}
        palette={<Palette />}
        canvas={<Canvas />}
        dock={<Dock />}
        inspector={<InspectorPanel />}
        onInspectorKeyDown={(event) => {
          // Escape in the inspector goes back to the canvas (a field's own Escape has reset its text first).
          if (event.key !== 'Escape' || event.defaultPrevented || store.getState().dialog !== null) return;
          if ((event.target as HTMLElement).closest('[role="listbox"], [aria-expanded="true"]')) return;
          focusCanvas(store.getState().selection);
        }}
      />
      <Dialogs />
      <CompareDialogHost />
      <GlobalImport />
    </div>
  );
}

const TABS: { id: DockPanel; label: string }[] = [
  { id: 'problems', label: 'Problems' },
  { id: 'changes', label: 'Changes' },
  { id: 'json', label: 'JSON' },
];

function CompareDialogHost() {
  const open = useCompare((s) => s.dialogOpen);
  const close = useCompare((s) => s.openDialog);
  return open ? <CompareDialog onClose={() => close(false)} /> : null;
}

function Dock() {
  const open = useEditorStore((s) => s.dockPanel);
  const openDock = useEditorStore((s) => s.openDock);
  const problems = useDiagnosticsAt('').length;
  const draftNotApplied = useEditorStore((s) => s.jsonDraft?.error !== undefined);
  const comparing = useCompare((s) => s.view?.diff.changes.length);
  return (
    <section id={DOCK_ID} className={`pw-dock${open ? ' is-open' : ''}`} aria-label="Dock">
      <div className="pw-dock-tabs">
        <div className="pw-dock-tablist" role="tablist" aria-label="Dock panels">
          {TABS.filter((tab) => tab.id !== 'changes' || comparing !== undefined).map((tab) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`dock-tab-${tab.id}`}
              aria-selected={open === tab.id}
              aria-controls={open === tab.id ? `dock-panel-${tab.id}` : undefined}
              onClick={() => openDock(open === tab.id ? null : tab.id)}
            >
              {tab.label}
              {tab.id === 'problems' && <span className="pw-dock-count">{problems}</span>}
              {tab.id === 'changes' && <span className="pw-dock-count">{comparing}</span>}
              {tab.id === 'json' && draftNotApplied && <span className="pw-dock-draft">draft not applied</span>}
            </button>
          ))}
        </div>
        <span className="pw-toolbar-spacer" />
        {open && (
          <button type="button" className="pw-dock-close" aria-label="Close dock" onClick={() => openDock(null)}>
            ▾
          </button>
        )}
      </div>
      {open && (
        <div className="pw-dock-body" role="tabpanel" id={`dock-panel-${open}`} aria-labelledby={`dock-tab-${open}`}>
          {open === 'problems' ? <ProblemsPanel /> : open === 'changes' ? <ChangesPanel /> : <JsonPanel />}
        </div>
      )}
    </section>
  );
}

function Dialogs() {
  const dialog = useEditorStore((s) => s.dialog);
  const openDialog = useEditorStore((s) => s.openDialog);
  const close = () => openDialog(null);
  switch (dialog) {
    case 'import':
      return <ImportDialog onClose={close} />;
    case 'export':
      return <ExportDialog onClose={close} />;
    case 'template':
      return <TemplatePicker onClose={close} />;
    case 'share':
      return <ShareDialog onClose={close} />;
    case null:
      return null;
  }
}
