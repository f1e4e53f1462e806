import { useDiagnosticsAt, useDispatch, type Diagnostic } from '../../store/index.js';
import { quickFixOf, severityLabel } from './diagnostics.js';

/*
 * The diagnostics of one field, shown beneath it, with the rule's quick fix as
 * a button. `exact` keeps a group's own problems apart from its children's.
 */
export function FieldDiagnostics({ pointer, exact = false, id }: { pointer: string; exact?: boolean; id?: string }) {
  const all = useDiagnosticsAt(pointer);
  const diagnostics = exact ? all.filter((d) => d.path === pointer) : all;
  if (diagnostics.length === 0) return null;
  return (
    <ul className="pw-field-diagnostics" id={id}>
      {diagnostics.map((d, i) => (
        <DiagnosticLine key={`${d.ruleId}:${d.path}:${i}`} diagnostic={d} />
      ))}
    </ul>
  );
}

function DiagnosticLine({ diagnostic }: { diagnostic: Diagnostic }) {
  const dispatch = useDispatch();
  const fix = quickFixOf(diagnostic);
  return (
    <li className={`pw-diagnostic pw-severity-${diagnostic.severity}`} data-rule-id={diagnostic.ruleId}>
      <span className="pw-severity-badge">{severityLabel(diagnostic.severity)}</span> {diagnostic.message}{' '}
      <code className="pw-rule-id">{diagnostic.ruleId}</code>
      {fix && (
        <button type="button" className="pw-quick-fix" onClick={() => dispatch(fix.edit)}>
          Fix: {fix.title}
        </button>
      )}
    </li>
  );
}
