import {
  DYNAMIC_KEY,
  booleanChoiceOf,
  dynamicOf,
  IF_FIELDS_KEY,
  IF_KEY,
  conditionalFieldsOf,
  conditionalOf,
  type Pipeline,
} from '@pipewright/model';

/*
 * The branches of a document whose structure the source decides (model schema/structural.ts).
 * The document shows one branch of each conditional; every other branch is checked in a
 * variant of the document with that one conditional flipped, and what the variant finds is
 * reported at the other branch's place in the document (`.../$if/other/...`).
 */

export interface BranchVariant {
  pipeline: Pipeline;
  /** Says which branch the variant's findings are about, e.g. `When IsProd is false` ('' for the first). */
  label: string;
  /** A pointer of the variant -> the pointer of the same thing in the document. */
  remap(pointer: string): string;
}

const hasOwn = (value: unknown, key: string): boolean =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key);

/** True when the document holds any conditional or dynamic part (a cheap scan: no allocation). */
export function hasStructure(pipeline: Pipeline): boolean {
  if (typeof pipeline !== 'object' || pipeline === null) return false;
  if (hasOwn(pipeline, IF_FIELDS_KEY)) return true;
  const stages: unknown = pipeline.stages;
  if (!Array.isArray(stages)) return false;
  for (const stage of stages) {
    if (hasOwn(stage, IF_KEY) || hasOwn(stage, IF_FIELDS_KEY) || hasOwn(stage, DYNAMIC_KEY)) return true;
    const actions: unknown = (stage as { actions?: unknown } | null)?.actions;
    if (!Array.isArray(actions)) continue;
    for (const action of actions) {
      if (hasOwn(action, IF_KEY) || hasOwn(action, IF_FIELDS_KEY) || hasOwn(action, DYNAMIC_KEY)) return true;
    }
  }
  return false;
}

/** A dynamic block over a collection (not a choice between none and one block). */
function isOpenDynamic(item: unknown): boolean {
  const dynamic = dynamicOf(item);
  return dynamic !== undefined && booleanChoiceOf(dynamic.forEach) === undefined;
}

/** Pointers of the Terraform dynamic stages and actions whose number is unknown until plan. */
export function dynamicParts(pipeline: Pipeline): string[] {
  const parts: string[] = [];
  const stages: unknown = pipeline.stages;
  if (!Array.isArray(stages)) return parts;
  stages.forEach((stage, i) => {
    if (isOpenDynamic(stage)) parts.push(`/stages/${i}`);
    const actions: unknown = (stage as { actions?: unknown } | null)?.actions;
    if (Array.isArray(actions))
      actions.forEach((action, j) => {
        if (isOpenDynamic(action)) parts.push(`/stages/${i}/actions/${j}`);
      });
  });
  return parts;
}

function under(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(prefix + '/');
}

function withoutKey(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const out = { ...value };
  delete out[key];
  return out;
}

/** A condition of the document: a CloudFormation condition name or a Terraform boolean expression. */
interface Condition {
  key: string;
  label: string;
}

const conditionKey = (source: string, condition: string) => `${source}\u0000${condition}`;

/** A stage's or action's presence decided by a condition: the CloudFormation branch, or a Terraform choice. */
interface Presence {
  key: string;
  label: string;
  /** The condition value under which the item as the document holds it exists. */
  heldWhen: boolean;
  /** What stands there under the other value (undefined: nothing). */
  other: Record<string, unknown> | undefined;
}

function presenceOf(item: unknown): Presence | undefined {
  const branch = conditionalOf(item);
  if (branch) {
    return {
      key: conditionKey(branch.source, branch.condition),
      label: branch.condition,
      heldWhen: branch.branch === 'then',
      other:
        typeof branch.other === 'object' && branch.other !== null
          ? (branch.other as Record<string, unknown>)
          : undefined,
    };
  }
  const dynamic = dynamicOf(item);
  const choice = dynamic ? booleanChoiceOf(dynamic.forEach) : undefined;
  if (choice) {
    return {
      key: conditionKey('terraform', choice.condition),
      label: choice.condition,
      heldWhen: choice.whenTrue,
      other: undefined,
    };
  }
  return undefined;
}

/** Every distinct condition of the document, in document order. */
function conditionsOf(pipeline: Pipeline): Condition[] {
  const found = new Map<string, Condition>();
  const note = (key: string, label: string) => {
    if (!found.has(key)) found.set(key, { key, label });
  };
  const noteItem = (item: unknown) => {
    const presence = presenceOf(item);
    if (presence) note(presence.key, presence.label);
    for (const b of Object.values(conditionalFieldsOf(item))) note(conditionKey(b.source, b.condition), b.condition);
  };
  for (const b of Object.values(conditionalFieldsOf(pipeline))) note(conditionKey(b.source, b.condition), b.condition);
  for (const stage of Array.isArray(pipeline.stages) ? (pipeline.stages as unknown[]) : []) {
    noteItem(stage);
    const actions = (stage as { actions?: unknown } | null)?.actions;
    if (Array.isArray(actions)) actions.forEach(noteItem);
  }
  return [...found.values()];
}

/**
 * The document in one world: each condition with the value `valueOf` gives it. A stage or
 * action that does not exist in that world is left out; one whose other branch exists there is
 * replaced by it; fields likewise. `remap` takes the world's pointers back to the document's.
 */
function worldOf(
  pipeline: Pipeline,
  valueOf: (key: string) => boolean,
): { pipeline: Pipeline; remap(pointer: string): string } {
  const moves: [from: string, to: string][] = [];
  const resolveFields = (value: Record<string, unknown>, at: string): Record<string, unknown> => {
    let out = value;
    for (const [field, branch] of Object.entries(conditionalFieldsOf(value))) {
      if (valueOf(conditionKey(branch.source, branch.condition)) === (branch.branch === 'then')) continue;
      out = withoutKey(out, field);
      if (branch.other !== null) out[field] = branch.other;
      const rest = withoutKey(out[IF_FIELDS_KEY] as Record<string, unknown>, field);
      if (Object.keys(rest).length > 0) out[IF_FIELDS_KEY] = rest;
      else delete out[IF_FIELDS_KEY];
      moves.push([`${at}/${field}`, `${at}/${IF_FIELDS_KEY}/${field}/other`]);
    }
    return out;
  };
  /** The item as the world has it, or undefined when it does not exist there. */
  const resolveItem = (item: unknown, at: string): Record<string, unknown> | undefined => {
    if (typeof item !== 'object' || item === null) return item as undefined;
    const presence = presenceOf(item);
    if (presence && valueOf(presence.key) !== presence.heldWhen) {
      if (!presence.other) return undefined;
      moves.push([at, `${at}/${IF_KEY}/other`]);
      return presence.other;
    }
    return resolveFields(item as Record<string, unknown>, at);
  };

  const stageIndexes: number[] = [];
  const actionIndexes = new Map<number, number[]>();
  const stages: unknown[] = [];
  (Array.isArray(pipeline.stages) ? (pipeline.stages as unknown[]) : []).forEach((stage, i) => {
    const at = `/stages/${i}`;
    let next = resolveItem(stage, at);
    if (next === undefined) return;
    const stageAt = moves.at(-1)?.[0] === at ? `${at}/${IF_KEY}/other` : at;
    const actions = next['actions'];
    if (Array.isArray(actions)) {
      const kept: unknown[] = [];
      const indexes: number[] = [];
      actions.forEach((action, j) => {
        const resolved = resolveItem(action, `${stageAt}/actions/${j}`);
        if (resolved === undefined) return;
        kept.push(resolved);
        indexes.push(j);
      });
      actionIndexes.set(stages.length, indexes);
      next = { ...next, actions: kept };
    }
    stageIndexes.push(i);
    stages.push(next);
  });
  const world = { ...resolveFields(pipeline as unknown as Record<string, unknown>, ''), stages } as Pipeline;

  const remap = (pointer: string): string => {
    const match = /^\/stages\/(\d+)(\/actions\/(\d+))?(.*)$/.exec(pointer);
    let original = pointer;
    if (match) {
      const ws = Number(match[1]);
      const s = stageIndexes[ws] ?? ws;
      const wa = match[3] === undefined ? undefined : Number(match[3]);
      const a = wa === undefined ? undefined : (actionIndexes.get(ws)?.[wa] ?? wa);
      original = `/stages/${s}${a === undefined ? (match[2] ?? '') : `/actions/${a}`}${match[4] ?? ''}`;
    }
    // In recording order: a stage's move comes before the moves of the actions inside it.
    for (const [from, to] of moves) if (under(original, from)) original = to + original.slice(from.length);
    return original;
  };
  return { pipeline: world, remap };
}

/**
 * The worlds to check: every condition true (unlabelled: what the document shows, unless a
 * branch exists only when its condition is false), then each condition false on its own.
 */
export function branchVariants(pipeline: Pipeline): BranchVariant[] {
  const conditions = conditionsOf(pipeline);
  return [
    { ...worldOf(pipeline, () => true), label: '' },
    ...conditions.map((c) => ({
      ...worldOf(pipeline, (key) => key !== c.key),
      label: `When ${c.label} is false`,
    })),
  ];
}
