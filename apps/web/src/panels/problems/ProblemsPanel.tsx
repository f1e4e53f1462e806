import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useDispatch, useEditorStore, type Diagnostic, type Severity } from '../../store/index.js';
import { useListWindow } from '../common/listWindow.js';
import { PanelErrorBoundary } from '../common/PanelErrorBoundary.js';
import { quickFixOf, selectionForPointer, severityLabel, severityPlural } from '../common/diagnostics.js';
import { groupByRule, isExpanded, listRows, type ProblemGroup } from './groups.js';
import { locationLabel } from './locationLabel.js';
import { revealOnCanvas } from '../../canvas/reveal.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/*
 * Every diagnostic of the document, filterable by severity and grouped by rule (./groups.ts:
 * large groups start collapsed). Activating one brings its element into view on the canvas,
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
  // Groups the user opened or closed, by rule id; the others follow groups.ts's default.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  const visible = useMemo(() => diagnostics.filter((d) => shown[d.severity]), [diagnostics, shown]);
  const rows = useMemo(() => listRows(groupByRule(visible), toggled), [visible, toggled]);
  // A 2,500-action pipeline has ~800 problems: only the rows in view are rendered.
  const listRef = useRef<HTMLUListElement>(null);
  const drawn = useListWindow(listRef, rows);
  const toggle = useCallback(
    (group: ProblemGroup) => setToggled((t) => new Map(t).set(group.ruleId, !isExpanded(group, t))),
    [],
  );
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
      <ul ref={listRef} className="pw-problem-list" aria-label="Problems list" onKeyDown={moveBetweenRows}>
        {/* Spacers stand in for the rows not rendered (padding would stop the list shrinking to its scroller). */}
        {drawn.spaceBefore > 0 && <li aria-hidden="true" style={{ height: drawn.spaceBefore }} />}
        {rows
          .slice(drawn.start, drawn.end)
          .map((row, i) =>
            row.kind === 'group' ? (
              <GroupRow
                key={`group:${row.group.ruleId}`}
                group={row.group}
                expanded={row.expanded}
                index={drawn.start + i}
                onToggle={toggle}
              />
            ) : (
              <ProblemRow
                key={`${row.diagnostic.ruleId}:${row.diagnostic.path}:${row.position}`}
                diagnostic={row.diagnostic}
                index={drawn.start + i}
                position={row.position}
                count={row.group.problems.length}
              />
            ),
          )}
        {drawn.spaceAfter > 0 && <li aria-hidden="true" style={{ height: drawn.spaceAfter }} />}
      </ul>
    </>
  );
}

/** A rule's header: its severity, id and count; activating it opens or closes the group. */
const GroupRow = memo(function GroupRow({
  group,
  expanded,
  index,
  onToggle,
}: {
  group: ProblemGroup;
  expanded: boolean;
  index: number;
  onToggle: (group: ProblemGroup) => void;
}) {
  return (
    <li
      className={`pw-problem-group pw-severity-${group.severity}`}
      data-group-rule={group.ruleId}
      data-row-index={index}
    >
      <button
        type="button"
        className="pw-group-toggle"
        aria-expanded={expanded}
        onClick={() => onToggle(group)}
        data-testid="problem-group"
      >
        <span className="pw-group-chevron" aria-hidden="true">
          {expanded ? '▾' : '▸'}
        </span>
        <span className="pw-severity-badge">{severityLabel(group.severity)}</span>
        <span className="pw-group-rule">
          {group.ruleId} ({group.problems.length})
        </span>
      </button>
    </li>
  );
});

/** Arrow keys move between the list's rows (group headers and problems), Home and End to its ends. */
function moveBetweenRows(event: KeyboardEvent<HTMLUListElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.pw-group-toggle, .pw-problem-main')];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? buttons.length - 1
        : Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)));
  buttons[next]?.focus();
}

/** Memoized, and reads only its own location label, so an edit re-renders the rows it changes. */
const ProblemRow = memo(function ProblemRow({
  diagnostic,
  index,
  position,
  count,
}: {
  diagnostic: Diagnostic;
  /** Row in the whole list (windowing); `position` and `count`: within its rule's group. */
  index: number;
  position: number;
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
      aria-posinset={position + 1}
    >
      <button
        type="button"
        className="pw-problem-main"
        onClick={() => {
          const selection = selectionForPointer(diagnostic.path);
          select(selection, diagnostic.path);
          if (selection.kind === 'action' || selection.kind === 'stage') revealOnCanvas(selection);
        }}
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
