import type { Pipeline } from '../schema/pipeline.js';
import { ACTION_SPEC, PIPELINE_SPEC, STAGE_SPEC, compareValues, type CompareScope } from './compare-fields.js';
import { equivalent, isPlainObject } from './equivalence.js';
import { matchPipelines } from './match.js';
import { findRisks } from './risks/run.js';
import type { ChangeKind, DiffChange, DiffMatches, PipelineDiff } from './types.js';

/*
 * diffPipelines(old, new): match stages and actions, then compare what matched
 * field by field, in the new declaration's order. Pure: nothing is modified,
 * nothing is thrown for a broken document (a part that is not an object is
 * compared as a value).
 */

type Obj = Record<string, unknown>;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const nameOf = (value: unknown): string | undefined => {
  const name = (value as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : undefined;
};
const label = (value: unknown): string | undefined => {
  const name = (value as { name?: unknown } | null)?.name;
  return name === undefined ? undefined : typeof name === 'string' ? name : JSON.stringify(name);
};
// Indices need no escaping: plain templates (formatPointer per action shows in the 2,500-action benchmark).
const stagePath = (s: number) => `/stages/${s}`;
const actionPath = (s: number, a: number) => `/stages/${s}/actions/${a}`;

/** A change of a whole element or of its name or run order, with the scope's labels and elements. */
function elementChange(scope: CompareScope, kind: ChangeKind, field: string, place: Partial<DiffChange>): DiffChange {
  const change: DiffChange = { kind, target: scope.target, field, risks: [] };
  if (scope.stage !== undefined) change.stage = scope.stage;
  if (scope.action !== undefined) change.action = scope.action;
  if (place.oldPath !== undefined) change.oldPath = place.oldPath;
  if (place.newPath !== undefined) change.newPath = place.newPath;
  if (scope.oldElement !== undefined) change.oldElement = scope.oldElement;
  if (scope.newElement !== undefined) change.newElement = scope.newElement;
  if ('oldValue' in place) change.oldValue = place.oldValue;
  if ('newValue' in place) change.newValue = place.newValue;
  return change;
}

/** Indices (of `sequence`) on a longest increasing subsequence: the stages that kept their relative order. */
function longestIncreasing(sequence: readonly number[]): Set<number> {
  const n = sequence.length;
  const length = new Array<number>(n).fill(1);
  const previous = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++)
      if ((sequence[j] as number) < (sequence[i] as number) && (length[j] as number) + 1 > (length[i] as number)) {
        length[i] = (length[j] as number) + 1;
        previous[i] = j;
      }
  let best = -1;
  for (let i = 0; i < n; i++) if (best === -1 || (length[i] as number) > (length[best] as number)) best = i;
  const kept = new Set<number>();
  for (let i = best; i !== -1; i = previous[i] as number) kept.add(i);
  return kept;
}

export function diffPipelines(oldPipeline: Pipeline, newPipeline: Pipeline): PipelineDiff {
  if (!isPlainObject(oldPipeline) || !isPlainObject(newPipeline)) {
    // Not a declaration at all (a broken document): one change of the whole value, if any.
    const changes: DiffChange[] = equivalent(oldPipeline, newPipeline)
      ? []
      : [
          {
            kind: 'changed',
            target: 'pipeline',
            field: '',
            oldPath: '',
            newPath: '',
            oldValue: oldPipeline,
            newValue: newPipeline,
            risks: [],
          },
        ];
    return { changes, risks: [], matches: { stages: [], actions: [] } };
  }
  const matches = matchPipelines(oldPipeline, newPipeline);
  const changes = collectChanges(oldPipeline, newPipeline, matches);
  const risks = findRisks(oldPipeline, newPipeline, changes, matches);
  return { changes, risks, matches };
}

function collectChanges(oldPipeline: Pipeline, newPipeline: Pipeline, matches: DiffMatches): DiffChange[] {
  const out: DiffChange[] = [];
  const oldStages = list((oldPipeline as unknown as Obj)['stages']);
  const newStages = list((newPipeline as unknown as Obj)['stages']);
  const pipelineScope: CompareScope = { target: 'pipeline', oldElement: '', newElement: '', out };
  compareValues(PIPELINE_SPEC, oldPipeline, newPipeline, [], [], pipelineScope);
  if (
    !Array.isArray((oldPipeline as unknown as Obj)['stages']) ||
    !Array.isArray((newPipeline as unknown as Obj)['stages'])
  )
    compareValues(
      { t: 'leaf' },
      (oldPipeline as unknown as Obj)['stages'],
      (newPipeline as unknown as Obj)['stages'],
      ['stages'],
      ['stages'],
      pipelineScope,
    );

  const stageOf = new Map(matches.stages.map((m) => [m.new, m.old]));
  const stageNew = new Map(matches.stages.map((m) => [m.old, m.new]));
  // Per stage, per action index: the old action a new one matches, and whether an old one is matched.
  const actionOf: ([number, number] | undefined)[][] = newStages.map(() => []);
  const actionMatchedOld: boolean[][] = oldStages.map(() => []);
  for (const m of matches.actions) {
    (actionOf[m.new[0]] as ([number, number] | undefined)[])[m.new[1]] = m.old;
    (actionMatchedOld[m.old[0]] as boolean[])[m.old[1]] = true;
  }
  const keptOrder = longestIncreasing(matches.stages.map((m) => m.old));
  const reorderedStages = new Set(matches.stages.filter((_, i) => !keptOrder.has(i)).map((m) => m.new));

  const removedActionsOf = (o: number, stageLabel: string | undefined) => {
    list((oldStages[o] as Obj | null)?.['actions']).forEach((action, a) => {
      if (actionMatchedOld[o]?.[a]) return;
      const element = actionPath(o, a);
      out.push({
        kind: 'removed',
        target: 'action',
        ...(stageLabel !== undefined ? { stage: stageLabel } : {}),
        ...(label(action) !== undefined ? { action: label(action) } : {}),
        field: '',
        oldPath: element,
        oldElement: element,
        oldValue: action,
        risks: [],
      });
    });
  };
  let flushed = 0; // old stages before this index are reported (matched or removed)
  const flushRemovedStages = (upTo: number) => {
    for (; flushed < upTo; flushed++) {
      if (stageNew.has(flushed)) continue;
      const stage = oldStages[flushed];
      const element = stagePath(flushed);
      const stageLabel = label(stage);
      out.push({
        kind: 'removed',
        target: 'stage',
        ...(stageLabel !== undefined ? { stage: stageLabel } : {}),
        field: '',
        oldPath: element,
        oldElement: element,
        oldValue: stage,
        risks: [],
      });
      removedActionsOf(flushed, stageLabel);
    }
  };

  newStages.forEach((stage, n) => {
    const o = stageOf.get(n);
    const element = stagePath(n);
    const stageLabel = label(stage);
    const base = { target: 'stage' as const, ...(stageLabel !== undefined ? { stage: stageLabel } : {}) };
    if (o === undefined) {
      out.push({
        kind: 'added',
        ...base,
        field: '',
        newPath: element,
        newElement: element,
        newValue: stage,
        risks: [],
      });
    } else {
      flushRemovedStages(o);
      const oldStage = oldStages[o];
      const oldElement = stagePath(o);
      const both = { ...base, oldElement, newElement: element, risks: [] };
      if (reorderedStages.has(n))
        out.push({
          kind: 'reordered',
          ...both,
          field: '',
          oldPath: oldElement,
          newPath: element,
          oldValue: o,
          newValue: n,
          risks: [],
        });
      if (
        !equivalent(
          nameOf(oldStage) ?? (oldStage as Obj | null)?.['name'],
          nameOf(stage) ?? (stage as Obj | null)?.['name'],
        )
      )
        out.push({
          kind: 'renamed',
          ...both,
          field: '/name',
          oldPath: `${oldElement}/name`,
          newPath: `${element}/name`,
          oldValue: (oldStage as Obj | null)?.['name'],
          newValue: (stage as Obj | null)?.['name'],
          risks: [],
        });
      compareValues(STAGE_SPEC, oldStage, stage, [], [], { ...base, oldElement, newElement: element, out });
    }

    list((stage as Obj | null)?.['actions']).forEach((action, a) => {
      const matched = actionOf[n]?.[a];
      const newElement = actionPath(n, a);
      const scope: CompareScope = { target: 'action', newElement, out };
      if (stageLabel !== undefined) scope.stage = stageLabel;
      const actionLabel = label(action);
      if (actionLabel !== undefined) scope.action = actionLabel;
      if (!matched) {
        out.push(elementChange(scope, 'added', '', { newPath: newElement, newValue: action }));
        return;
      }
      const [os, oa] = matched;
      const oldAction = list((oldStages[os] as Obj | null)?.['actions'])[oa];
      const oldElement = actionPath(os, oa);
      scope.oldElement = oldElement;
      if (stageNew.get(os) !== n)
        out.push(
          elementChange(scope, 'moved', '', {
            oldPath: oldElement,
            newPath: newElement,
            oldValue: (oldStages[os] as Obj | null)?.['name'],
            newValue: (stage as Obj | null)?.['name'],
          }),
        );
      const oldName = (oldAction as Obj | null)?.['name'];
      const newName = (action as Obj | null)?.['name'];
      if (oldName !== newName && !equivalent(oldName, newName))
        out.push(
          elementChange(scope, 'renamed', '/name', {
            oldPath: `${oldElement}/name`,
            newPath: `${newElement}/name`,
            oldValue: oldName,
            newValue: newName,
          }),
        );
      const before = (oldAction as Obj | null)?.['runOrder'];
      const after = (action as Obj | null)?.['runOrder'];
      if (before !== after && !equivalent(before ?? 1, after ?? 1)) {
        const place: Partial<DiffChange> = {};
        if (before !== undefined) Object.assign(place, { oldPath: `${oldElement}/runOrder`, oldValue: before });
        if (after !== undefined) Object.assign(place, { newPath: `${newElement}/runOrder`, newValue: after });
        out.push(elementChange(scope, 'reordered', '/runOrder', place));
      }
      compareValues(ACTION_SPEC, oldAction, action, [], [], scope);
    });
    if (o !== undefined) removedActionsOf(o, stageLabel);
  });
  flushRemovedStages(oldStages.length);
  return out;
}
