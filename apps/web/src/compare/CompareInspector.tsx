import { displayValue, type DiffChange } from '@pipewright/model';
import { selectionPointer, useEditorStore } from '../store/index.js';
import { useCompare } from './hooks.js';
import { revertEdit } from './revert.js';

/*
 * In compare mode, the top of the inspector: every change of the selected
 * element (the pipeline, a stage or an action) with its old and new value, and
 * "Revert this change" where one edit can undo it.
 */

function shown(value: unknown): string {
  if (value === undefined) return '(absent)';
  return typeof value === 'object' && value !== null && !('$opaque' in value)
    ? JSON.stringify(value, null, 2)
    : displayValue(value);
}

export function CompareInspector() {
  const view = useCompare((s) => s.view);
  const picked = useCompare((s) => (s.selectedChange === null ? undefined : s.view?.diff.changes[s.selectedChange]));
  const selection = useEditorStore((s) => s.selection);
  const dispatch = useEditorStore((s) => s.dispatch);
  if (!view) return null;
  const pointer = selectionPointer(selection) ?? '';
  const mine = view.diff.changes.filter((c: DiffChange) =>
    pointer === '' ? c.target === 'pipeline' : c.newElement === pointer && c.target !== 'pipeline',
  );
  // A removed element has no place on the new side: the one picked in the list (or its ghost) shows first.
  if (picked && picked.newElement === undefined && !mine.includes(picked)) mine.unshift(picked);
  return (
    <section className="pw-cmp-inspector" aria-label="Changes of the selection" data-testid="compare-inspector">
      <h3>{mine.length === 0 ? 'No change here' : `${mine.length} change${mine.length === 1 ? '' : 's'} here`}</h3>
      {mine.map((change, i) => {
        const edit = revertEdit(change);
        return (
          <div key={i} className="pw-cmp-field" data-testid="compare-field" data-field={change.field}>
            <div className="pw-cmp-field-head">
              <span className={`pw-cmp-badge pw-cmp-${change.kind}`}>{change.kind}</span>{' '}
              <code>{change.field === '' ? '(the whole element)' : change.field.slice(1)}</code>
            </div>
            <dl>
              <dt>Old</dt>
              <dd data-testid="old-value">
                <pre>{shown(change.oldValue)}</pre>
              </dd>
              <dt>New</dt>
              <dd data-testid="new-value">
                <pre>{shown(change.newValue)}</pre>
              </dd>
            </dl>
            {edit && (
              <button type="button" onClick={() => dispatch(edit)}>
                Revert this change
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}
