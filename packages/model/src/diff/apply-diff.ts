import { arrayIndex, parsePointer } from '../pointer/json-pointer.js';
import type { Pipeline } from '../schema/pipeline.js';
import { setOwn } from '../util/own.js';
import type { PipelineDiff } from './types.js';

/*
 * applyDiff(old, diff): the new declaration, rebuilt from the old one and the
 * diff alone. It is the diff's proof of completeness (a property test holds
 * applyDiff(a, diffPipelines(a, b)) to b) and how a view reverts or keeps one
 * change. Steps:
 * 1. on a copy of the old side, delete what is gone (by old pointer; list items
 *    become holes so the other old pointers stay valid), then close the holes;
 * 2. lay out stages and actions in the new order from the matches, taking
 *    added ones from their change;
 * 3. insert added list items (outer lists first, lower indices first) and set
 *    every added or changed value (by new pointer).
 */

type Obj = Record<string, unknown>;
const HOLE = Symbol('removed');

function container(root: unknown, segments: readonly string[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (Array.isArray(current)) current = current[arrayIndex(segment) ?? -1];
    else if (typeof current === 'object' && current !== null && Object.hasOwn(current, segment))
      current = (current as Obj)[segment];
    else return undefined;
  }
  return current;
}

function closeHoles(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== HOLE).map(closeHoles);
  if (typeof value === 'object' && value !== null) {
    const copy: Obj = {};
    for (const key of Object.keys(value)) setOwn(copy, key, closeHoles((value as Obj)[key]));
    return copy;
  }
  return value;
}

function setAt(root: Obj, segments: readonly string[], value: unknown, insert: boolean): void {
  let current: unknown = root;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i] as string;
    const next = container(current, [segment]);
    if (typeof next === 'object' && next !== null) current = next;
    else {
      const made = arrayIndex(segments[i + 1] as string) === undefined ? {} : [];
      if (Array.isArray(current)) current[arrayIndex(segment) ?? current.length] = made;
      else setOwn(current as Obj, segment, made);
      current = made;
    }
  }
  const last = segments[segments.length - 1] as string;
  if (Array.isArray(current)) {
    const index = arrayIndex(last) ?? current.length;
    if (insert) current.splice(index, 0, value);
    else current[index] = value;
  } else setOwn(current as Obj, last, structuredClone(value));
}

function withoutActions(stage: unknown): Obj {
  const { actions: _actions, ...rest } = (stage ?? {}) as Obj;
  void _actions;
  return rest;
}

export function applyDiff(oldPipeline: Pipeline, diff: PipelineDiff): Pipeline {
  // 1. Removals, by old pointer.
  const work = structuredClone(oldPipeline) as unknown as Obj;
  for (const change of diff.changes) {
    if (change.newPath !== undefined || change.oldPath === undefined || change.field === '') continue;
    const segments = parsePointer(change.oldPath);
    const parent = container(work, segments.slice(0, -1));
    const last = segments[segments.length - 1] as string;
    if (Array.isArray(parent)) parent[arrayIndex(last) ?? -1] = HOLE;
    else if (typeof parent === 'object' && parent !== null) delete (parent as Obj)[last];
  }
  const old = closeHoles(work) as Obj;
  // Stage and action removals (field '') are left to step 2, so old stage and action indices stay valid.

  // 2. Stages and actions in the new order.
  const oldStages = Array.isArray(old['stages']) ? (old['stages'] as unknown[]) : [];
  const addedStages = new Map<number, unknown>();
  const addedActions = new Map<string, unknown>();
  let stageCount = 0;
  const actionCounts = new Map<number, number>();
  const countAction = (s: number, a: number) => actionCounts.set(s, Math.max(actionCounts.get(s) ?? 0, a + 1));
  for (const change of diff.changes) {
    if (change.kind !== 'added' || change.field !== '' || change.newPath === undefined) continue;
    const [, s, , a] = parsePointer(change.newPath).map((x) => arrayIndex(x) ?? -1);
    if (change.target === 'stage' && s !== undefined) addedStages.set(s, change.newValue);
    if (change.target === 'action' && s !== undefined && a !== undefined) {
      addedActions.set(`${s}/${a}`, change.newValue);
      countAction(s, a);
    }
  }
  for (const s of addedStages.keys()) stageCount = Math.max(stageCount, s + 1);
  const stageFrom = new Map<number, number>();
  for (const m of diff.matches.stages) {
    stageFrom.set(m.new, m.old);
    stageCount = Math.max(stageCount, m.new + 1);
  }
  const actionFrom = new Map<string, [number, number]>();
  for (const m of diff.matches.actions) {
    actionFrom.set(`${m.new[0]}/${m.new[1]}`, m.old);
    countAction(m.new[0], m.new[1]);
    stageCount = Math.max(stageCount, m.new[0] + 1);
  }
  const stages: unknown[] = [];
  for (let s = 0; s < stageCount; s++) {
    const from = stageFrom.get(s);
    const shell =
      from === undefined ? structuredClone(withoutActions(addedStages.get(s))) : withoutActions(oldStages[from]);
    const actions: unknown[] = [];
    for (let a = 0; a < (actionCounts.get(s) ?? 0); a++) {
      const source = actionFrom.get(`${s}/${a}`);
      actions.push(
        source === undefined
          ? structuredClone(addedActions.get(`${s}/${a}`))
          : ((oldStages[source[0]] as Obj | undefined)?.['actions'] as unknown[] | undefined)?.[source[1]],
      );
    }
    const hadActions = from === undefined ? addedStages.get(s) : oldStages[from];
    if (actions.length > 0 || Object.hasOwn((hadActions ?? {}) as Obj, 'actions')) shell['actions'] = actions;
    stages.push(shell);
  }
  if (Object.hasOwn(old, 'stages') || stages.length > 0) old['stages'] = stages;

  // 3. Insertions and values, by new pointer.
  const writes = diff.changes
    .filter((c) => c.newPath !== undefined && c.field !== '')
    .map((c) => ({ change: c, segments: parsePointer(c.newPath as string) }));
  writes.sort((x, y) => x.segments.length - y.segments.length || compareSegments(x.segments, y.segments));
  for (const { change, segments } of writes) {
    const parent = container(old, segments.slice(0, -1));
    const insert = change.kind === 'added' && Array.isArray(parent);
    setAt(old, segments, structuredClone(change.newValue), insert);
  }
  return old as unknown as Pipeline;
}

function compareSegments(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    const xi = arrayIndex(x);
    const yi = arrayIndex(y);
    if (xi !== undefined && yi !== undefined) return xi - yi;
    return x < y ? -1 : 1;
  }
  return 0;
}
