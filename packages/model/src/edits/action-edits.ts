import type { Action, Pipeline, Stage } from '../schema/pipeline.js';
import { Action as ActionSchema } from '../schema/pipeline.js';
import { badAction, badName, badStage, nameOf, ok, refuse, replaceAt, updateAction } from './access.js';
import type { EditResult } from './types.js';
import { effectiveRunOrder } from '../semantics/run-order.js';

const MAX_RUN_ORDER = 999;

/** The run order an action runs at (the API's default is 1); undefined when opaque. */
const runOrderOf = (action: Action): number | undefined => effectiveRunOrder(action.runOrder);

/** Keeps a stage's actions in run-order order: after the last action that runs at or before `runOrder`. */
function placeByRunOrder(actions: readonly Action[], action: Action): Action[] {
  const order = runOrderOf(action);
  let index = actions.length;
  if (order !== undefined) {
    index = 0;
    actions.forEach((a, i) => {
      const other = runOrderOf(a);
      if (other !== undefined && other <= order) index = i + 1;
    });
  }
  const copy = actions.slice();
  copy.splice(index, 0, action);
  return copy;
}

function duplicateIn(stage: Stage, name: string | undefined, except?: number): string | undefined {
  if (name === undefined) return undefined;
  return stage.actions.some((a, i) => i !== except && nameOf(a) === name)
    ? `stage "${String(stage.name)}" already has an action named "${name}"`
    : undefined;
}

export function addAction(pipeline: Pipeline, stageIndex: number, action: Action): EditResult {
  const problem = badStage(pipeline, stageIndex);
  if (problem) return refuse(problem);
  if (!ActionSchema.safeParse(action).success) return refuse('the new action is not a valid action declaration');
  const stage = pipeline.stages[stageIndex] as Stage;
  const duplicate = duplicateIn(stage, nameOf(action));
  if (duplicate) return refuse(duplicate);
  const next = { ...stage, actions: placeByRunOrder(stage.actions, action) };
  return ok({ ...pipeline, stages: replaceAt(pipeline.stages, stageIndex, next) });
}

export function removeAction(pipeline: Pipeline, stageIndex: number, actionIndex: number): EditResult {
  const problem = badAction(pipeline, stageIndex, actionIndex);
  if (problem) return refuse(problem);
  const stage = pipeline.stages[stageIndex] as Stage;
  const next = { ...stage, actions: stage.actions.filter((_, i) => i !== actionIndex) };
  return ok({ ...pipeline, stages: replaceAt(pipeline.stages, stageIndex, next) });
}

/** Renames an action; triggers that name it as their source follow when it is a source action. */
export function renameAction(pipeline: Pipeline, stageIndex: number, actionIndex: number, name: string): EditResult {
  const problem = badAction(pipeline, stageIndex, actionIndex) ?? badName(name, 'action');
  if (problem) return refuse(problem);
  const stage = pipeline.stages[stageIndex] as Stage;
  const duplicate = duplicateIn(stage, name, actionIndex);
  if (duplicate) return refuse(duplicate);
  const action = stage.actions[actionIndex] as Action;
  const oldName = nameOf(action);
  let next = updateAction(pipeline, stageIndex, actionIndex, (a) => ({ ...a, name }));
  const isSource = stageIndex === 0 || action.actionTypeId.category === 'Source';
  if (isSource && oldName !== undefined && oldName !== name && pipeline.triggers) {
    next = {
      ...next,
      triggers: pipeline.triggers.map((trigger) =>
        trigger.gitConfiguration?.sourceActionName === oldName
          ? { ...trigger, gitConfiguration: { ...trigger.gitConfiguration, sourceActionName: name } }
          : trigger,
      ),
    };
  }
  return ok(next);
}

export interface MoveAction {
  stage: number;
  action: number;
  toStage: number;
  runOrder: number;
  insertAsNewStep?: boolean;
}

/**
 * Moves an action to a stage and run order. With `insertAsNewStep`, run orders
 * at or after `runOrder` in the target stage shift up by one first, so the
 * action becomes a step of its own instead of joining a parallel group.
 */
export function moveAction(pipeline: Pipeline, move: MoveAction): EditResult {
  const problem = badAction(pipeline, move.stage, move.action) ?? badStage(pipeline, move.toStage);
  if (problem) return refuse(problem);
  const { runOrder } = move;
  if (!Number.isInteger(runOrder) || runOrder < 1 || runOrder > MAX_RUN_ORDER) {
    return refuse(`run order must be an integer from 1 to ${MAX_RUN_ORDER}, got ${runOrder}`);
  }
  const source = pipeline.stages[move.stage] as Stage;
  const action = source.actions[move.action] as Action;
  const target = pipeline.stages[move.toStage] as Stage;
  if (move.toStage !== move.stage) {
    const duplicate = duplicateIn(target, nameOf(action));
    if (duplicate) return refuse(duplicate);
  }

  const withoutAction = source.actions.filter((_, i) => i !== move.action);
  let targetActions = move.toStage === move.stage ? withoutAction : target.actions;
  if (move.insertAsNewStep) {
    let overflow = false;
    targetActions = targetActions.map((a) => {
      const order = runOrderOf(a);
      if (order === undefined || order < runOrder) return a;
      if (order + 1 > MAX_RUN_ORDER) overflow = true;
      return { ...a, runOrder: order + 1 };
    });
    if (overflow) return refuse(`making room would push a run order past ${MAX_RUN_ORDER}`);
  }
  const placed = placeByRunOrder(targetActions, { ...action, runOrder });
  let stages = pipeline.stages.slice();
  if (move.toStage !== move.stage) stages = replaceAt(stages, move.stage, { ...source, actions: withoutAction });
  stages = replaceAt(stages, move.toStage, { ...target, actions: placed });
  return ok({ ...pipeline, stages });
}
