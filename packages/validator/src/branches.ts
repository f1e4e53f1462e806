import {
  DYNAMIC_KEY,
  IF_FIELDS_KEY,
  IF_KEY,
  conditionalFieldsOf,
  conditionalOf,
  type ConditionalBranch,
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
  /** Says which branch the variant's findings are about, e.g. `When IsProd is false`. */
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

/** Pointers of the Terraform dynamic stages and actions: their number is unknown until plan. */
export function dynamicParts(pipeline: Pipeline): string[] {
  const parts: string[] = [];
  const stages: unknown = pipeline.stages;
  if (!Array.isArray(stages)) return parts;
  stages.forEach((stage, i) => {
    if (hasOwn(stage, DYNAMIC_KEY)) parts.push(`/stages/${i}`);
    const actions: unknown = (stage as { actions?: unknown } | null)?.actions;
    if (Array.isArray(actions))
      actions.forEach((action, j) => {
        if (hasOwn(action, DYNAMIC_KEY)) parts.push(`/stages/${i}/actions/${j}`);
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

const conditionKey = (branch: ConditionalBranch) => `${branch.source}\u0000${branch.condition}`;

/** Every distinct condition of the document's conditionals, in document order. */
function conditionsOf(pipeline: Pipeline): ConditionalBranch[] {
  const found = new Map<string, ConditionalBranch>();
  const note = (branch: ConditionalBranch | undefined) => {
    if (branch && !found.has(conditionKey(branch))) found.set(conditionKey(branch), branch);
  };
  const noteFields = (value: unknown) => Object.values(conditionalFieldsOf(value)).forEach(note);
  noteFields(pipeline);
  for (const stage of Array.isArray(pipeline.stages) ? (pipeline.stages as unknown[]) : []) {
    note(conditionalOf(stage));
    noteFields(stage);
    const actions = (stage as { actions?: unknown } | null)?.actions;
    if (!Array.isArray(actions)) continue;
    for (const action of actions) {
      note(conditionalOf(action));
      noteFields(action);
    }
  }
  return [...found.values()];
}

/**
 * The variant of the document where `condition` has the value the document does not show:
 * every conditional on it flipped at once (one condition is one boolean in CloudFormation).
 */
function variantFor(pipeline: Pipeline, condition: ConditionalBranch): BranchVariant {
  const key = conditionKey(condition);
  const moves: [from: string, to: string][] = [];
  const flipFields = (value: Record<string, unknown>, at: string): Record<string, unknown> => {
    const fields = conditionalFieldsOf(value);
    let out = value;
    for (const [field, branch] of Object.entries(fields)) {
      if (conditionKey(branch) !== key) continue;
      out = withoutKey(out, field);
      if (branch.other !== null) out[field] = branch.other;
      const rest = withoutKey(out[IF_FIELDS_KEY] as Record<string, unknown>, field);
      if (Object.keys(rest).length > 0) out[IF_FIELDS_KEY] = rest;
      else delete out[IF_FIELDS_KEY];
      moves.push([`${at}/${field}`, `${at}/${IF_FIELDS_KEY}/${field}/other`]);
    }
    return out;
  };
  /** The item as the variant has it, or undefined when the variant leaves it out. */
  const flipItem = (item: unknown, at: string): Record<string, unknown> | undefined => {
    if (typeof item !== 'object' || item === null) return item as undefined;
    const branch = conditionalOf(item);
    if (branch && conditionKey(branch) === key) {
      if (branch.other === null) return undefined;
      moves.push([at, `${at}/${IF_KEY}/other`]);
      return branch.other as Record<string, unknown>;
    }
    return flipFields(item as Record<string, unknown>, at);
  };

  const stageIndexes: number[] = [];
  const actionIndexes = new Map<number, number[]>();
  const stages: unknown[] = [];
  (Array.isArray(pipeline.stages) ? (pipeline.stages as unknown[]) : []).forEach((stage, i) => {
    const at = `/stages/${i}`;
    let next = flipItem(stage, at);
    if (next === undefined) return;
    const stageAt = moves.at(-1)?.[0] === at ? `${at}/${IF_KEY}/other` : at;
    const actions = next['actions'];
    if (Array.isArray(actions)) {
      const kept: unknown[] = [];
      const indexes: number[] = [];
      actions.forEach((action, j) => {
        const flipped = flipItem(action, `${stageAt}/actions/${j}`);
        if (flipped === undefined) return;
        kept.push(flipped);
        indexes.push(j);
      });
      actionIndexes.set(stages.length, indexes);
      next = { ...next, actions: kept };
    }
    stageIndexes.push(i);
    stages.push(next);
  });
  const variant = { ...flipFields(pipeline as unknown as Record<string, unknown>, ''), stages } as Pipeline;

  const remap = (pointer: string): string => {
    const match = /^\/stages\/(\d+)(\/actions\/(\d+))?(.*)$/.exec(pointer);
    let original = pointer;
    if (match) {
      const vs = Number(match[1]);
      const s = stageIndexes[vs] ?? vs;
      const va = match[3] === undefined ? undefined : Number(match[3]);
      const a = va === undefined ? undefined : (actionIndexes.get(vs)?.[va] ?? va);
      original = `/stages/${s}${a === undefined ? (match[2] ?? '') : `/actions/${a}`}${match[4] ?? ''}`;
    }
    // In recording order: a stage's move comes before the moves of the actions inside it.
    for (const [from, to] of moves) if (under(original, from)) original = to + original.slice(from.length);
    return original;
  };
  return {
    pipeline: variant,
    label: `When ${condition.condition} is ${condition.branch === 'then' ? 'false' : 'true'}`,
    remap,
  };
}

/** One variant per condition of the document, each with that condition's other value. */
export function branchVariants(pipeline: Pipeline): BranchVariant[] {
  return conditionsOf(pipeline).map((condition) => variantFor(pipeline, condition));
}
