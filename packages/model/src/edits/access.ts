import { literal } from '../schema/opaque.js';
import type { Action, Pipeline, Stage } from '../schema/pipeline.js';
import type { EditResult } from './types.js';

/*
 * Immutable access to the document: every helper returns new objects along the
 * changed path and shares everything else, so an edit on a 2,500-action
 * pipeline copies a handful of objects, never the whole tree.
 */

export const ok = (pipeline: Pipeline): EditResult => ({ ok: true, pipeline });
export const refuse = (reason: string): EditResult => ({ ok: false, reason });

export function isIndex(value: unknown, length: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < length;
}

/** Why a stage index is unusable, or undefined when it is fine. */
export function badStage(pipeline: Pipeline, stage: number): string | undefined {
  return isIndex(stage, pipeline.stages.length)
    ? undefined
    : `stage index ${stage} is out of range (the pipeline has ${pipeline.stages.length} stages)`;
}

export function badAction(pipeline: Pipeline, stage: number, action: number): string | undefined {
  const stageProblem = badStage(pipeline, stage);
  if (stageProblem) return stageProblem;
  const actions = (pipeline.stages[stage] as Stage).actions;
  return isIndex(action, actions.length)
    ? undefined
    : `action index ${action} is out of range (stage ${stage} has ${actions.length} actions)`;
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = items.slice();
  copy[index] = item;
  return copy;
}

export function updateStage(pipeline: Pipeline, index: number, update: (stage: Stage) => Stage): Pipeline {
  const stage = pipeline.stages[index] as Stage;
  return { ...pipeline, stages: replaceAt(pipeline.stages, index, update(stage)) };
}

export function updateAction(
  pipeline: Pipeline,
  stageIndex: number,
  actionIndex: number,
  update: (action: Action) => Action,
): Pipeline {
  return updateStage(pipeline, stageIndex, (stage) => ({
    ...stage,
    actions: replaceAt(stage.actions, actionIndex, update(stage.actions[actionIndex] as Action)),
  }));
}

/** Maps every action; objects (and the pipeline) are copied only where `update` returned a new action. */
export function mapActions(pipeline: Pipeline, update: (action: Action, stage: number) => Action): Pipeline {
  let stagesChanged = false;
  const stages = pipeline.stages.map((stage, s) => {
    let changed = false;
    const actions = stage.actions.map((action) => {
      const next = update(action, s);
      if (next !== action) changed = true;
      return next;
    });
    if (!changed) return stage;
    stagesChanged = true;
    return { ...stage, actions };
  });
  return stagesChanged ? { ...pipeline, stages } : pipeline;
}

export function nameOf(item: { name: unknown }): string | undefined {
  return literal(item.name as Action['name']);
}

/** Names must be non-empty literal strings; the validator checks the pattern and length. */
export function badName(name: unknown, what: string): string | undefined {
  if (typeof name !== 'string') return `${what} name must be a string`;
  if (name.trim() === '') return `${what} name must not be empty`;
  return undefined;
}
