import { describeChange, type DiffChange } from '@pipewright/model';
import { useEditorStore } from '../store/index.js';
import { useCompare, useCompareApi } from './hooks.js';
import { selectionFor } from './select-change.js';

/*
 * The changes list of compare mode, beside the problems list: grouped by
 * stage, each row with its kind as text; a click selects the element (the
 * inspector then shows the old and new values).
 */

function groupOf(change: DiffChange): string {
  return change.target === 'pipeline' ? 'Pipeline' : `Stage ${change.stage ?? '(unnamed)'}`;
}

export function ChangesPanel() {
  const view = useCompare((s) => s.view);
  const selected = useCompare((s) => s.selectedChange);
  const compare = useCompareApi();
  const select = useEditorStore((s) => s.select);
  if (!view) return <p className="pw-empty">Not comparing: use Compare… in the toolbar.</p>;
  const { changes } = view.diff;
  if (changes.length === 0) return <p className="pw-empty">No change: both versions declare the same pipeline.</p>;
  let group: string | undefined;
  return (
    <ul className="pw-cmp-changes" aria-label="Changes list">
      {changes.map((change, i) => {
        const heading = groupOf(change) !== group ? (group = groupOf(change)) : undefined;
        const prefix =
          change.target === 'action' && change.field !== '' && change.kind !== 'renamed' && change.field !== '/runOrder'
            ? `${change.action ?? ''}: `
            : '';
        return (
          <li key={i} className={selected === i ? 'is-selected' : undefined}>
            {heading && <div className="pw-cmp-group">{heading}</div>}
            <button
              type="button"
              data-testid="change-row"
              data-kind={change.kind}
              onClick={() => {
                compare.getState().selectChange(i);
                select(selectionFor(change, view));
              }}
            >
              <span className={`pw-cmp-badge pw-cmp-${change.kind}`}>{change.kind}</span> {prefix}
              {describeChange(change)}
              {change.risks.length > 0 && <span className="pw-cmp-row-risks"> ({change.risks.join(', ')})</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
