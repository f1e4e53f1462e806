import { memo, useRef, useState } from 'react';
import { useDispatch, useEditorStore, type Diagnostic, type Severity } from '../../store/index.js';
import { useListWindow } from '../common/listWindow.js';
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
  // A 2,500-action pipeline has ~800 problems: only the rows in view are rendered.
  const listRef = useRef<HTMLUListElement>(null);
  const rows = useListWindow(listRef, visible);
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
      <ul ref={listRef} className="pw-problem-list" aria-label="Problems list">
        {/* Spacers stand in for the rows not rendered (padding would stop the list shrinking to its scroller). */}
        {rows.spaceBefore > 0 && <li aria-hidden="true" style={{ height: rows.spaceBefore }} />}
        {visible.slice(rows.start, rows.end).map((d, i) => (
          <ProblemRow
            key={`${d.ruleId}:${d.path}:${rows.start + i}`}
            diagnostic={d}
            index={rows.start + i}
            count={visible.length}
          />
        ))}
        {rows.spaceAfter > 0 && <li aria-hidden="true" style={{ height: rows.spaceAfter }} />}
      </ul>
    </>
  );
}

/** Memoized, and reads only its own location label, so an edit re-renders the rows it changes. */
const ProblemRow = memo(function ProblemRow({
  diagnostic,
  index,
  count,
}: {
  diagnostic: Diagnostic;
  index: number;
  count: number;
}) {
  const where = useEditorStore((s) => locationLabel(s.pipeline, diagnostic.path));
  const select = useEditorStore((s) => s.select);
  const dispatch = useDispatch();
  const fix = quickFixOf(diagnostic);
  return (
    <li
      className={`pw-problem pw-severity-${diagnostic.severity}`}
      data-rule-id={diagnostic.ruleId}
      data-row-index={index}
      aria-setsize={count}
      aria-posinset={index + 1}
    >
      <button
        type="button"
        className="pw-problem-main"
        onClick={() => select(selectionForPointer(diagnostic.path), diagnostic.path)}
      >
        <span className="pw-severity-badge">{severityLabel(diagnostic.severity)}</span>
        <code className="pw-rule-id">{diagnostic.ruleId}</code>
        <span className="pw-problem-message">
          {diagnostic.message}
          <span className="pw-problem-where">{where}</span>
        </span>
      </button>
      {fix && (
        <button
          type="button"
          className="pw-quick-fix"
          onClick={(event) => {
            const list = event.currentTarget.closest('ul');
            if (!dispatch(fix.edit)) return;
            // The fixed row goes away: keep the keyboard in the list, on the problem now in its place.
            requestAnimationFrame(() => focusRowAt(list, index));
          }}
        >
          Fix: {fix.title}
        </button>
      )}
    </li>
  );
});

/** Focuses the row at `index` (or the last one) of a problems list, after the list changed. */
function focusRowAt(list: HTMLUListElement | null, index: number): void {
  if (!list) return;
  const rows = list.querySelectorAll<HTMLButtonElement>('li[data-row-index] .pw-problem-main');
  const target = [...rows].find((b) => b.closest('li')?.dataset.rowIndex === String(index)) ?? rows[rows.length - 1];
  if (target) target.focus();
  else list.closest<HTMLElement>('.pw-problems')?.querySelector<HTMLElement>('button')?.focus();
}
