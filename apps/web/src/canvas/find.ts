import { literal, type Pipeline } from '@pipewright/model';
import type { PipelineLayout } from './layout.js';

/*
 * Find on the canvas: the stages and actions whose stage name, action name, provider or artifact
 * names contain the query (case-insensitive), in the order they are drawn (stage by stage, a stage
 * before its actions, then column by column, top to bottom). Pure, unit-tested.
 */

export type FindField = 'stage name' | 'action name' | 'provider' | 'artifact';

export type FindMatch =
  | { kind: 'stage'; stage: number; field: FindField }
  | { kind: 'action'; stage: number; action: number; field: FindField };

/** Opaque values (expressions) are not searched: they have no name to read. */
const contains = (text: Parameters<typeof literal>[0], needle: string): boolean =>
  literal(text)?.toLowerCase().includes(needle) ?? false;

/** The first field of an action that holds the query, or undefined. */
function actionField(action: Pipeline['stages'][number]['actions'][number], needle: string): FindField | undefined {
  if (contains(action.name, needle)) return 'action name';
  if (contains(action.actionTypeId.provider, needle)) return 'provider';
  const artifacts = [...(action.inputArtifacts ?? []), ...(action.outputArtifacts ?? [])];
  if (artifacts.some((artifact) => contains(artifact.name, needle))) return 'artifact';
  return undefined;
}

export function findMatches(pipeline: Pipeline, layout: PipelineLayout, query: string): FindMatch[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const drawOrder = [...layout.actions].sort((a, b) => a.stage - b.stage || a.column - b.column || a.y - b.y);
  const matches: FindMatch[] = [];
  let stageDone = -1;
  const stageUpTo = (last: number) => {
    for (let s = stageDone + 1; s <= last; s++) {
      if (contains(pipeline.stages[s]?.name, needle)) matches.push({ kind: 'stage', stage: s, field: 'stage name' });
    }
    stageDone = Math.max(stageDone, last);
  };
  for (const item of drawOrder) {
    stageUpTo(item.stage);
    const action = pipeline.stages[item.stage]?.actions[item.action];
    const field = action && actionField(action, needle);
    if (field) matches.push({ kind: 'action', stage: item.stage, action: item.action, field });
  }
  stageUpTo(pipeline.stages.length - 1);
  return matches;
}

/** "3 of 41", "No matches", or nothing before a query is typed. */
export function matchCountLabel(index: number, count: number, query: string): string {
  if (!query.trim()) return '';
  return count === 0 ? 'No matches' : `${index + 1} of ${count}`;
}
