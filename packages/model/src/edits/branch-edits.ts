import type { Pipeline } from '../schema/pipeline.js';
import { ConditionalBranch, IF_FIELDS_KEY, IF_KEY } from '../schema/structural.js';
import { setOwn } from '../util/own.js';
import { ok, refuse } from './access.js';
import type { EditResult } from './types.js';

/*
 * Picking a branch of the conditionals on one condition (CloudFormation `Fn::If`, model
 * schema/structural.ts). A condition has one value in a deployment, so every conditional on it
 * follows: a stage, an action or a field whose document value is the other branch is swapped
 * with it (the document then holds, and the canvas draws, the picked branch; `branch` says
 * which one, so the CloudFormation export writes the same `Fn::If`). A picked branch that is
 * absent (`AWS::NoValue`) cannot stand in the document: the held value stays and `picked`
 * tells the targets without conditions to leave it out.
 */

type Branch = ConditionalBranch['branch'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy of `value` with the given keys set in place (undefined: removed, new keys last), so
 * the exports keep their field order; own keys like `__proto__` stay own.
 */
function copyWith(value: Record<string, unknown>, changes: Map<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const next = changes.has(k) ? changes.get(k) : v;
    if (next !== undefined) setOwn(out, k, next);
  }
  for (const [k, v] of changes) if (v !== undefined && !Object.hasOwn(value, k)) setOwn(out, k, v);
  return out;
}

class Picker {
  found = 0;
  constructor(
    private readonly condition: string,
    private readonly wanted: Branch,
  ) {}

  /** `value` with the pick applied at every depth (unchanged parts shared). */
  pick(value: unknown): unknown {
    if (Array.isArray(value)) {
      let changed = false;
      const out = value.map((v) => {
        const next = this.pick(v);
        if (next !== v) changed = true;
        return next;
      });
      return changed ? out : value;
    }
    if (!isRecord(value)) return value;
    const changes = new Map<string, unknown>();
    for (const [k, v] of Object.entries(value)) {
      if (k === IF_KEY || k === IF_FIELDS_KEY) continue;
      const next = this.pick(v);
      if (next !== v) changes.set(k, next);
    }
    const fields = value[IF_FIELDS_KEY];
    if (isRecord(fields)) {
      const fieldChanges = new Map<string, unknown>();
      for (const [field, entry] of Object.entries(fields)) {
        const parsed = ConditionalBranch.safeParse(entry);
        if (!parsed.success) continue;
        const held = changes.has(field) ? changes.get(field) : Object.hasOwn(value, field) ? value[field] : undefined;
        const next = this.resolve(entry, parsed.data, held);
        if (next.annotation !== entry) fieldChanges.set(field, next.annotation);
        if (next.held !== held) changes.set(field, next.held);
      }
      if (fieldChanges.size > 0) changes.set(IF_FIELDS_KEY, copyWith(fields, fieldChanges));
    }
    const out = changes.size > 0 ? copyWith(value, changes) : value;
    const branch = ConditionalBranch.safeParse(value[IF_KEY]);
    if (!branch.success) return out;
    const heldItem = copyWith(out, new Map([[IF_KEY, undefined]]));
    const next = this.resolve(value[IF_KEY], branch.data, heldItem);
    if (next.held === heldItem) {
      return next.annotation === value[IF_KEY] && out === value
        ? value
        : copyWith(out, new Map([[IF_KEY, next.annotation]]));
    }
    // Swapped: the other branch is the item now, annotated with the one it replaced.
    return isRecord(next.held) ? copyWith(next.held, new Map([[IF_KEY, next.annotation]])) : out;
  }

  /** One conditional (`raw` as stored, `annotation` parsed): its annotation and held value after the pick. */
  private resolve(raw: unknown, annotation: ConditionalBranch, held: unknown): { annotation: unknown; held: unknown } {
    const other = this.pick(annotation.other);
    if (annotation.condition !== this.condition) {
      return other === annotation.other ? { annotation: raw, held } : { annotation: { ...annotation, other }, held };
    }
    this.found += 1;
    if (annotation.branch === this.wanted || other === null) {
      return { annotation: { ...annotation, other, picked: this.wanted }, held };
    }
    return {
      annotation: { ...annotation, branch: this.wanted, other: held === undefined ? null : held, picked: this.wanted },
      held: other,
    };
  }
}

/**
 * Picks `branch` (`then`: the condition is true) of every conditional on `condition`, at any
 * depth of the document. Refused when no conditional tests `condition`.
 */
export function pickBranch(pipeline: Pipeline, condition: string, branch: Branch): EditResult {
  if (branch !== 'then' && branch !== 'else') return refuse(`a branch is then or else, not ${String(branch)}`);
  const picker = new Picker(condition, branch);
  const next = picker.pick(pipeline) as Pipeline;
  if (picker.found === 0) return refuse(`no conditional tests the condition ${condition}`);
  return ok(next);
}
