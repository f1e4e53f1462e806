import { literal, type Pipeline, type PipelineEdit } from '@pipewright/model';

/** What the user has selected, addressed by index (names may repeat in a broken pipeline). */
export type Selection =
  | { kind: 'none' }
  | { kind: 'pipeline' }
  | { kind: 'stage'; stage: number }
  | { kind: 'action'; stage: number; action: number };

export const NO_SELECTION: Selection = { kind: 'none' };

export function selectionPointer(selection: Selection): string | undefined {
  switch (selection.kind) {
    case 'none':
      return undefined;
    case 'pipeline':
      return '';
    case 'stage':
      return `/stages/${selection.stage}`;
    case 'action':
      return `/stages/${selection.stage}/actions/${selection.action}`;
  }
}

export function selectionExists(pipeline: Pipeline, selection: Selection): boolean {
  switch (selection.kind) {
    case 'none':
    case 'pipeline':
      return true;
    case 'stage':
      return pipeline.stages[selection.stage] !== undefined;
    case 'action':
      return pipeline.stages[selection.stage]?.actions[selection.action] !== undefined;
  }
}

function findAction(pipeline: Pipeline, stage: number, name: string): Selection | undefined {
  const actions = pipeline.stages[stage]?.actions ?? [];
  const index = actions.findIndex((a) => literal(a.name) === name);
  return index === -1 ? undefined : { kind: 'action', stage, action: index };
}

/**
 * The selection after an edit: a newly added or moved action becomes selected,
 * removals shift indices, and a selection that no longer exists is cleared.
 */
export function selectionAfterEdit(
  selection: Selection,
  edit: PipelineEdit,
  before: Pipeline,
  after: Pipeline,
): Selection {
  switch (edit.kind) {
    case 'addAction': {
      const name = literal(edit.action.name);
      const added = name === undefined ? undefined : findAction(after, edit.stage, name);
      if (added) return added;
      break;
    }
    case 'moveAction': {
      const name = literal(before.stages[edit.stage]?.actions[edit.action]?.name);
      const moved = name === undefined ? undefined : findAction(after, edit.toStage, name);
      if (moved) return moved;
      break;
    }
    case 'removeAction':
      if (selection.kind === 'action' && selection.stage === edit.stage) {
        if (selection.action === edit.action) return NO_SELECTION;
        if (selection.action > edit.action) return { ...selection, action: selection.action - 1 };
      }
      break;
    case 'removeStage':
      if (selection.kind === 'stage' || selection.kind === 'action') {
        if (selection.stage === edit.stage) return NO_SELECTION;
        if (selection.stage > edit.stage) return { ...selection, stage: selection.stage - 1 };
      }
      break;
    case 'addStage': {
      // A stage made by dropping an action selects that action, an empty one the stage.
      const stage = edit.index ?? after.stages.length - 1;
      return after.stages[stage]?.actions.length ? { kind: 'action', stage, action: 0 } : { kind: 'stage', stage };
    }
    case 'batch':
      // Each step in turn (against the final document): pasting selects the pasted action.
      return edit.edits.reduce((current, inner) => selectionAfterEdit(current, inner, before, after), selection);
    case 'moveStage':
      if (selection.kind === 'stage' && selection.stage === edit.from) return { kind: 'stage', stage: edit.to };
      break;
    default:
      break;
  }
  return selectionExists(after, selection) ? selection : NO_SELECTION;
}
