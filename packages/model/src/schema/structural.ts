import { z } from 'zod';
import { OpaqueSource } from './opaque.js';

/*
 * Structure that the source decides, not the document: a CloudFormation `Fn::If` around a
 * stage, an action or an object field, and a Terraform `dynamic` block or `count`/`for_each`
 * on the resource. The document holds one concrete value where the structure stands, so every
 * view, rule and edit keeps working, and annotates it under a `$` key (the schemas are loose):
 *
 * - `$if` on a stage or action: the item is one branch of a conditional (`ConditionalBranch`).
 * - `$ifFields` on any object: field name -> `ConditionalBranch` for that field's value.
 * - `$dynamic` on a stage or action: the item is the `content` template of a Terraform
 *   `dynamic` block; its iterator's fields (`${stage.value.name}`) are opaque values.
 * - `$repeat` on the pipeline: `count` or `for_each` on the `aws_codepipeline` resource.
 *
 * Emitters write each annotation back in the target's own form or say what is lost; the
 * validator checks every branch (`validate` in @pipewright/validator).
 */

export const IF_KEY = '$if';
export const IF_FIELDS_KEY = '$ifFields';
export const DYNAMIC_KEY = '$dynamic';
export const REPEAT_KEY = '$repeat';

/**
 * One branch of a conditional standing where the model needs structure. The document holds
 * the branch named by `branch`; `other` is the other branch in model form, or `null` when that
 * branch is absent (`AWS::NoValue`, or a Terraform conditional that yields no block).
 */
export const ConditionalBranch = z
  .object({
    source: OpaqueSource,
    /** The CloudFormation condition name, or the Terraform boolean expression (`var.x`). */
    condition: z.string(),
    branch: z.enum(['then', 'else']),
    other: z.unknown(),
    /**
     * The branch the user picked for targets that cannot hold a condition (the create-pipeline
     * JSON). The `pickBranch` edit makes the document hold the picked branch, so `picked`
     * differs from `branch` only when the picked branch is absent (`other: null`): the held
     * value stays for the targets that keep the conditional, and the others leave it out.
     */
    picked: z.enum(['then', 'else']).optional(),
  })
  .strict();
export type ConditionalBranch = z.infer<typeof ConditionalBranch>;

/** A Terraform `dynamic "stage"` / `dynamic "action"` block; the item holding it is its `content`. */
export const DynamicBlock = z
  .object({
    /** The `for_each` expression as hcl2json renders it, e.g. `${var.envs}`. */
    forEach: z.string(),
    /** The iterator's name: the `iterator` argument, else the block's label. */
    iterator: z.string(),
    /** `iterator` was written explicitly (so the export writes it back). */
    explicitIterator: z.boolean().optional(),
  })
  .strict();
export type DynamicBlock = z.infer<typeof DynamicBlock>;

/** `count` or `for_each` on the Terraform resource: the file declares one pipeline per element. */
export const ResourceRepeat = z
  .object({
    count: z.string().optional(),
    forEach: z.string().optional(),
  })
  .strict();
export type ResourceRepeat = z.infer<typeof ResourceRepeat>;

function own(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** The conditional a stage or action is a branch of, if any. */
export function conditionalOf(item: unknown): ConditionalBranch | undefined {
  // Nearly every item has none: zod's failure on `undefined` builds an error (2,500 actions: ~8 ms).
  const raw = own(item, IF_KEY);
  if (raw === undefined) return undefined;
  const parsed = ConditionalBranch.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** True when the user picked the absent branch: targets without conditions leave the value out. */
export function pickedAbsent(branch: ConditionalBranch): boolean {
  return branch.picked !== undefined && branch.picked !== branch.branch && branch.other === null;
}

/** The conditional fields of an object (`actionTypeId`, `configuration` ...), by field name. */
export function conditionalFieldsOf(value: unknown): Record<string, ConditionalBranch> {
  const fields = own(value, IF_FIELDS_KEY);
  const out: Record<string, ConditionalBranch> = {};
  if (typeof fields !== 'object' || fields === null) return out;
  for (const [field, entry] of Object.entries(fields)) {
    const parsed = ConditionalBranch.safeParse(entry);
    if (parsed.success) out[field] = parsed.data;
  }
  return out;
}

/** The Terraform dynamic block a stage or action is the content of, if any. */
export function dynamicOf(item: unknown): DynamicBlock | undefined {
  const raw = own(item, DYNAMIC_KEY); // none on nearly every item, as in conditionalOf
  if (raw === undefined) return undefined;
  const parsed = DynamicBlock.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** `count` / `for_each` of the Terraform resource behind the pipeline, if any. */
export function repeatOf(pipeline: unknown): ResourceRepeat | undefined {
  const parsed = ResourceRepeat.safeParse(own(pipeline, REPEAT_KEY));
  return parsed.success ? parsed.data : undefined;
}

/** The annotation keys: emitters and the JSON export leave them out of what they write. */
export const STRUCTURAL_KEYS: readonly string[] = [IF_KEY, IF_FIELDS_KEY, DYNAMIC_KEY, REPEAT_KEY];

/** A shallow copy of `value` without its structural annotations. */
export function withoutStructure<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  if (!STRUCTURAL_KEYS.some((k) => Object.hasOwn(value, k))) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!STRUCTURAL_KEYS.includes(k)) out[k] = v;
  return out as T;
}

/**
 * A `for_each` that only chooses between no block and one block (`cond ? [1] : []`, either
 * way round): the condition and whether a true condition yields the block.
 */
export function booleanChoiceOf(forEach: string): { condition: string; whenTrue: boolean } | undefined {
  const match = /^\$\{\s*(.+?)\s*\?\s*(.+?)\s*:\s*(.+?)\s*\}$/s.exec(forEach);
  if (!match) return undefined;
  const [, condition, yes, no] = match as unknown as [string, string, string, string];
  const empty = (text: string) => /^(\[\s*\]|toset\(\s*\[\s*\]\s*\)|\{\s*\})$/.test(text);
  const single = (text: string) =>
    /^(\[\s*[^,[\]{}]+\s*\]|toset\(\s*\[\s*[^,[\]{}]+\s*\]\s*\)|\{\s*[^,{}=]+\s*=\s*[^,{}]+\s*\})$/.test(text);
  if (condition.includes('?')) return undefined;
  if (single(yes) && empty(no)) return { condition, whenTrue: true };
  if (empty(yes) && single(no)) return { condition, whenTrue: false };
  return undefined;
}
