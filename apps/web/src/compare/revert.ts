import { parsePointer, type DiffChange, type PipelineEdit } from '@pipewright/model';

/*
 * "Revert this change": the edit that puts the old value back in the document,
 * where one edit can (a field, a name, a run order, an added action). Moves,
 * removals and re-ordered stages have no single edit and offer none.
 */

function indices(pointer: string | undefined): number[] | undefined {
  if (pointer === undefined) return undefined;
  const parts = parsePointer(pointer);
  if (parts[0] !== 'stages') return undefined;
  const stage = Number(parts[1]);
  if (parts.length === 2) return [stage];
  if (parts[2] === 'actions' && parts.length === 4) return [stage, Number(parts[3])];
  return undefined;
}

export function revertEdit(change: DiffChange): PipelineEdit | undefined {
  if (change.field === '') {
    const at = indices(change.newElement);
    if (change.kind === 'added' && change.target === 'action' && at?.length === 2)
      return { kind: 'removeAction', stage: at[0] as number, action: at[1] as number };
    return undefined;
  }
  if (change.kind === 'renamed' && typeof change.oldValue === 'string') {
    const at = indices(change.newElement);
    if (change.target === 'stage' && at?.length === 1)
      return { kind: 'renameStage', stage: at[0] as number, name: change.oldValue };
    if (change.target === 'action' && at?.length === 2)
      return { kind: 'renameAction', stage: at[0] as number, action: at[1] as number, name: change.oldValue };
    return undefined;
  }
  if (change.newElement === undefined) return undefined;
  // A field of an element that exists on the new side: put the old value (or its absence) back.
  const path =
    change.newPath ??
    (change.oldPath !== undefined && change.oldElement !== undefined && change.oldPath.startsWith(change.oldElement)
      ? change.newElement + change.oldPath.slice(change.oldElement.length)
      : undefined);
  if (path === undefined) return undefined;
  if (change.kind !== 'changed' && change.kind !== 'reordered' && /\/\d+$/.test(path)) return undefined; // a list item added or removed: no one edit

  return { kind: 'setField', path, value: change.oldValue };
}
