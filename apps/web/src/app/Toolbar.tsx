import { literal } from '@pipewright/model';
import { useDiagnosticsAt, useEditorStore, useHistory } from '../store/index.js';
import { useCompareApi } from '../compare/hooks.js';
import './toolbar.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** The header: document name, file actions, history and the problem summary. */
export function Toolbar() {
  const name = useEditorStore((s) => literal(s.pipeline.name) ?? '(expression)');
  const openDialog = useEditorStore((s) => s.openDialog);
  const openDock = useEditorStore((s) => s.openDock);
  const compare = useCompareApi();
  const { canUndo, canRedo, undo, redo } = useHistory();
  const all = useDiagnosticsAt('');
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;

  return (
    <header className="pw-toolbar">
      <div className="pw-brand">
        <span className="pw-logo" aria-hidden="true">
          ◆
        </span>
        <h1 className="pw-brand-name">Pipewright</h1>
        <span className="pw-doc-name" title="Pipeline name">
          {name}
        </span>
      </div>
      <div className="pw-toolbar-group" role="toolbar" aria-label="Document">
        <button type="button" onClick={() => openDialog('template')}>
          New from template
        </button>
        <button type="button" onClick={() => openDialog('import')}>
          Import
        </button>
        <button type="button" onClick={() => openDialog('export')}>
          Export
        </button>
        <button type="button" onClick={() => compare.getState().openDialog(true)}>
          Compare…
        </button>
      </div>
      <div className="pw-toolbar-group" role="toolbar" aria-label="History">
        <button type="button" onClick={undo} disabled={!canUndo} title={`Undo (${MOD}Z)`}>
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} title={`Redo (${MOD}Shift+Z)`}>
          Redo
        </button>
      </div>
      <div className="pw-toolbar-spacer" />
      <button
        type="button"
        className={`pw-status${errors ? ' has-errors' : warnings ? ' has-warnings' : ' is-clean'}`}
        onClick={() => openDock('problems')}
        data-testid="problem-summary"
      >
        {errors === 0 && warnings === 0 ? (
          '✓ No problems'
        ) : (
          <>
            <span className="pw-status-errors">{errors} errors</span>{' '}
            <span className="pw-status-warnings">{warnings} warnings</span>
          </>
        )}
        <span className="pw-visually-hidden">: show problems</span>
      </button>
      <button type="button" className="pw-primary" onClick={() => openDialog('share')}>
        Share
      </button>
    </header>
  );
}
