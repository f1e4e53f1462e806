import { deepEqual } from '../util/deep-equal.js';
import type { DiffMatches } from './types.js';

/*
 * Which stages and actions of the old declaration are which of the new one.
 * By name first (stages, then actions within matched stages, then actions
 * anywhere: a move), then by what they are, so that a rename is a rename and
 * not a delete plus an add: a stage by the actions it holds, an action by its
 * type, configuration, artifacts and place.
 */

type Obj = Record<string, unknown>;

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function nameOf(value: unknown): string | undefined {
  const name = (value as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : undefined;
}

function typeKey(action: unknown): string {
  const t = (action as { actionTypeId?: Obj } | null)?.actionTypeId;
  return t ? `${String(t['category'])}/${String(t['owner'])}/${String(t['provider'])}` : '?';
}

function names(items: unknown): string[] {
  return list(items)
    .map(nameOf)
    .filter((n): n is string => n !== undefined);
}

/** Pairs items with equal keys, the n-th occurrence with the n-th, among the unpaired ones. */
function pairByKey<T>(
  olds: readonly T[],
  news: readonly T[],
  oldKey: (item: T) => string | undefined,
  newKey: (item: T) => string | undefined,
  pair: (a: T, b: T) => void,
): void {
  const byKey = new Map<string, T[]>();
  for (const item of olds) {
    const k = oldKey(item);
    if (k === undefined) continue;
    const bucket = byKey.get(k);
    if (bucket) bucket.push(item);
    else byKey.set(k, [item]);
  }
  for (const item of news) {
    const k = newKey(item);
    const bucket = k === undefined ? undefined : byKey.get(k);
    const match = bucket?.shift();
    if (match !== undefined) pair(match, item);
  }
}

/** Greedy best-first pairing of candidates scoring at least `threshold`. */
function pairBySimilarity<T>(
  olds: readonly T[],
  news: readonly T[],
  bucketOf: (item: T) => string,
  score: (a: T, b: T) => number,
  threshold: number,
  pair: (a: T, b: T) => void,
): void {
  const buckets = new Map<string, T[]>();
  for (const item of olds) {
    const k = bucketOf(item);
    buckets.set(k, [...(buckets.get(k) ?? []), item]);
  }
  const candidates: { a: T; b: T; s: number; order: number }[] = [];
  let order = 0;
  for (const b of news)
    for (const a of buckets.get(bucketOf(b)) ?? []) {
      const s = score(a, b);
      if (s >= threshold) candidates.push({ a, b, s, order: order++ });
    }
  candidates.sort((x, y) => y.s - x.s || x.order - y.order);
  const usedA = new Set<T>();
  const usedB = new Set<T>();
  for (const { a, b } of candidates) {
    if (usedA.has(a) || usedB.has(b)) continue;
    usedA.add(a);
    usedB.add(b);
    pair(a, b);
  }
}

/** Share of `a` and `b` in common (Dice coefficient of two multisets), 0 when both are empty. */
function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let common = 0;
  for (const x of b) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      common++;
      counts.set(x, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

interface StageRef {
  index: number;
  stage: unknown;
}

interface ActionRef {
  stage: number;
  index: number;
  action: unknown;
}

function configEntries(action: unknown): string[] {
  const config = (action as { configuration?: unknown } | null)?.configuration;
  if (typeof config !== 'object' || config === null) return [];
  return Object.entries(config as Obj).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
}

export function matchPipelines(oldPipeline: unknown, newPipeline: unknown): DiffMatches {
  const oldStages: StageRef[] = list((oldPipeline as Obj | null)?.['stages']).map((stage, index) => ({ index, stage }));
  const newStages: StageRef[] = list((newPipeline as Obj | null)?.['stages']).map((stage, index) => ({ index, stage }));
  const stageOf = new Map<number, number>(); // old stage index -> new stage index
  const stageBack = new Map<number, number>();
  const pairStages = (a: StageRef, b: StageRef) => {
    stageOf.set(a.index, b.index);
    stageBack.set(b.index, a.index);
  };

  const stageName = (s: StageRef) => nameOf(s.stage);
  pairByKey(oldStages, newStages, stageName, stageName, pairStages);
  const actionTypes = (stage: unknown) => list((stage as Obj | null)?.['actions']).map(typeKey);
  const actionSignature = (stage: unknown) =>
    list((stage as Obj | null)?.['actions']).map((a) => `${nameOf(a) ?? ''}|${typeKey(a)}`);
  pairBySimilarity(
    oldStages.filter((s) => !stageOf.has(s.index)),
    newStages.filter((s) => !stageBack.has(s.index)),
    () => '',
    (a, b) => {
      const byActions = overlap(actionSignature(a.stage), actionSignature(b.stage));
      const byNames = overlap(names((a.stage as Obj | null)?.['actions']), names((b.stage as Obj | null)?.['actions']));
      const byTypes = a.index === b.index ? 0.6 * overlap(actionTypes(a.stage), actionTypes(b.stage)) : 0;
      return Math.max(byActions, byNames, byTypes);
    },
    0.5,
    pairStages,
  );

  const actionsOf = (stages: StageRef[]): ActionRef[] =>
    stages.flatMap((s) =>
      list((s.stage as Obj | null)?.['actions']).map((action, index) => ({ stage: s.index, index, action })),
    );
  const oldActions = actionsOf(oldStages);
  const newActions = actionsOf(newStages);
  const matchedOld = new Set<ActionRef>();
  const matchedNew = new Set<ActionRef>();
  const actionPairs: DiffMatches['actions'] = [];
  const pairActions = (a: ActionRef, b: ActionRef) => {
    matchedOld.add(a);
    matchedNew.add(b);
    actionPairs.push({ old: [a.stage, a.index], new: [b.stage, b.index] });
  };
  const unmatched = () => ({
    olds: oldActions.filter((a) => !matchedOld.has(a)),
    news: newActions.filter((a) => !matchedNew.has(a)),
  });

  // 1. By name within stages that match.
  const inStage = (stage: number | undefined, a: ActionRef) => {
    const name = nameOf(a.action);
    return name === undefined || stage === undefined ? undefined : `${stage}\u0000${name}`;
  };
  pairByKey(
    oldActions,
    newActions,
    (a) => inStage(stageOf.get(a.stage), a),
    (b) => inStage(b.stage, b),
    pairActions,
  );
  // 2. By name anywhere: moved to another stage (only names left unpaired once on each side).
  {
    const { olds, news } = unmatched();
    const once = (refs: ActionRef[]) => {
      const counts = new Map<string, number>();
      for (const r of refs) {
        const n = nameOf(r.action);
        if (n !== undefined) counts.set(n, (counts.get(n) ?? 0) + 1);
      }
      return (r: ActionRef) => {
        const n = nameOf(r.action);
        return n !== undefined && counts.get(n) === 1 ? n : undefined;
      };
    };
    const oldOnce = once(olds);
    const newOnce = once(news);
    pairByKey(olds, news, oldOnce, newOnce, pairActions);
  }
  // 3. By what they are: same type, then configuration, artifacts, place.
  {
    const features = new Map<ActionRef, ActionFeatures>();
    const { olds, news } = unmatched();
    pairBySimilarity(
      olds,
      news,
      (r) => typeKey(r.action),
      (a, b) => actionSimilarity(a, b, stageOf, features),
      0.5,
      pairActions,
    );
  }

  actionPairs.sort((x, y) => x.new[0] - y.new[0] || x.new[1] - y.new[1]);
  return {
    stages: [...stageOf].map(([o, n]) => ({ old: o, new: n })).sort((x, y) => x.new - y.new),
    actions: actionPairs,
  };
}

interface ActionFeatures {
  config: string[];
  inputs: string[];
  outputs: string[];
  role: unknown;
}

/** What an action is, read once per candidate (pairing compares each with many). */
function featuresOf(ref: ActionRef, cache: Map<ActionRef, ActionFeatures>): ActionFeatures {
  let found = cache.get(ref);
  if (!found) {
    const action = ref.action as Obj | null;
    found = {
      config: configEntries(action),
      inputs: names(action?.['inputArtifacts']),
      outputs: names(action?.['outputArtifacts']),
      role: action?.['roleArn'],
    };
    cache.set(ref, found);
  }
  return found;
}

function actionSimilarity(
  a: ActionRef,
  b: ActionRef,
  stageOf: Map<number, number>,
  cache: Map<ActionRef, ActionFeatures>,
): number {
  const x = featuresOf(a, cache);
  const y = featuresOf(b, cache);
  const aspects: [string[], string[], number][] = [
    [x.config, y.config, 3],
    [x.inputs, y.inputs, 1],
    [x.outputs, y.outputs, 1],
  ];
  let total = 0;
  let weight = 0;
  for (const [p, q, w] of aspects) {
    if (p.length + q.length === 0) continue; // absent on both sides: neither for nor against
    total += overlap(p, q) * w;
    weight += w;
  }
  const content = weight === 0 ? 1 : total / weight;
  const sameStage = stageOf.get(a.stage) === b.stage ? 1 : 0;
  const samePlace = sameStage && a.index === b.index ? 1 : 0;
  const sameRole = deepEqual(x.role, y.role) ? 1 : 0;
  return 0.6 * content + 0.2 * sameStage + 0.1 * samePlace + 0.1 * sameRole;
}
