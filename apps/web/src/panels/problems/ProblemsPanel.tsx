import { useState } from 'react';
import { useDispatch, useEditorStore, usePipeline, type Diagnostic, type Severity } from '../../store/index.js';
import { PanelErrorBoundary } from '../common/PanelErrorBoundary.js';
import { quickFixOf, selectionForPointer, severityLabel, severityPlural } from '../common/diagnostics.js';
import { locationLabel } from './locationLabel.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/*
 * Every diagnostic of the document, filterable by severity. Activating one
 * selects its node and asks the inspector to focus its field; a quick fix,
 * when the rule offers one, is applied through the one dispatch path.
 */
export function ProblemsPanel() {
  return (
    <section aria-label="Problems" className="pw-panel pw-problems">
      <PanelErrorBoundary name="problems panel" id="problems">
        <ProblemsBody />
      </PanelErrorBoundary>
    </section>
  );
}

function ProblemsBody() {
  const diagnostics = useEditorStore((s) => s.diagnostics);
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  const visible = diagnostics.filter((d) => shown[d.severity]);
  return (
    <>
      <div className="pw-problems-toolbar" role="toolbar" aria-label="Filter problems by severity">
        {SEVERITIES.map((severity) => (
          <button
            key={severity}
            type="button"
            aria-pressed={shown[severity]}
            className={`pw-filter pw-severity-${severity}`}
            onClick={() => setShown((s) => ({ ...s, [severity]: !s[severity] }))}
          >
            {severityPlural(severity)}: {counts[severity]}
          </button>
        ))}
      </div>
      {diagnostics.length === 0 && <p className="pw-empty">No problems found.</p>}
      {diagnostics.length > 0 && visible.length === 0 && <p className="pw-empty">All problems are filtered out.</p>}
      <ul className="pw-problem-list" aria-label="Problems list">
        {visible.map((d, i) => (
          <ProblemRow key={`${d.ruleId}:${d.path}:${i}`} diagnostic={d} />
        ))}
      </ul>
    </>
  );
}

function ProblemRow({ diagnostic }: { diagnostic: Diagnostic }) {
  const pipeline = usePipeline();
  const select = useEditorStore((s) => s.select);
  const dispatch = useDispatch();
  const fix = quickFixOf(diagnostic);
  const where = locationLabel(pipeline, diagnostic.path);
  return (
    <li className={`pw-problem pw-severity-${diagnostic.severity}`} data-rule-id={diagnostic.ruleId}>
      <button
        type="button"
        className="pw-problem-main"
        onClick={() => select(selectionForPointer(diagnostic.path), diagnostic.path)}
        aria-label={`${severityLabel(diagnostic.severity)} ${diagnostic.ruleId}: ${diagnostic.message} (at ${where})`}
      >
        <span className="pw-severity-badge">{severityLabel(diagnostic.severity)}</span>
        <code className="pw-rule-id">{diagnostic.ruleId}</code>
        <span className="pw-problem-message">
          {diagnostic.message}
          <span className="pw-problem-where">{where}</span>
        </span>
      </button>
      {fix && (
        <button type="button" className="pw-quick-fix" onClick={() => dispatch(fix.edit)}>
          Fix: {fix.title}
        </button>
      )}
    </li>
  );
}
