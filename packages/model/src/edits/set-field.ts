import { z } from 'zod';
import { describeIssue } from '../codec/issues.js';
import { arrayIndex, getAtPointer, parsePointer } from '../pointer/json-pointer.js';
import { Pipeline } from '../schema/pipeline.js';
import { acceptsPipeline } from '../schema/quick-accept.js';
import { setOwn, withKey } from '../util/own.js';
import { ok, refuse } from './access.js';
import type { EditResult } from './types.js';

/**
 * Sets the value at a JSON pointer, or removes it when `value` is undefined.
 * Missing intermediate objects are created; array indexes must exist (or be
 * the length, or `-`, to append). The result must still satisfy the schema: only
 * the nearest schema-typed ancestor of the change is re-checked, so the cost does
 * not grow with the pipeline and unrelated problems never block an edit.
 */
export function setField(pipeline: Pipeline, pointer: string, value: unknown): EditResult {
  const path = parsePointer(pointer);
  if (path.length === 0) return replacePipeline(pipeline, value);
  const result = setIn(pipeline, path, value);
  if (typeof result === 'string') return refuse(`${pointer}: ${result}`);
  const next = result as Pipeline;

  if (path.length === 1) {
    // A top-level field: check just that field, not every stage.
    const key = path[0] as string;
    const fieldSchema = child(Pipeline, key);
    if (!fieldSchema) return ok(next);
    if (value === undefined && !fieldSchema.safeParse(undefined).success) return refuse(`${key} is required`);
    const checked = fieldSchema.safeParse(value);
    const issue = checked.success ? undefined : checked.error.issues[0];
    return issue ? refuse(describeIssue(issue, value, [key]).message) : ok(next);
  }

  const { schema, depth } = nearestSchema(path);
  const subject = getAtPointer(next, path.slice(0, depth));
  const checked = schema.safeParse(subject);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const prefix = path.slice(0, depth).map((s) => arrayIndex(s) ?? s);
    return refuse(issue ? describeIssue(issue, subject, prefix).message : `${pointer}: invalid value`);
  }
  return ok(next);
}

export function replacePipeline(_pipeline: Pipeline, value: unknown): EditResult {
  // acceptsPipeline says yes without allocating (imports, share links: 2,500 actions); zod says why not.
  const checked = acceptsPipeline(value) ? undefined : Pipeline.safeParse(value);
  if (checked && !checked.success) {
    const issue = checked.error.issues[0];
    return refuse(issue ? describeIssue(issue, value).message : 'not a valid pipeline declaration');
  }
  // The value itself, not zod's copy: zod drops keys such as `__proto__`.
  return ok(value as Pipeline);
}

/** A copy of `target` with the value at `path` set; a string explains why it cannot be done. */
function setIn(target: unknown, path: readonly string[], value: unknown): unknown {
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(target)) {
    const index = head === '-' ? target.length : arrayIndex(head);
    if (index === undefined || index > target.length || (index === target.length && rest.length > 0)) {
      return `array index ${head} is out of range (length ${target.length})`;
    }
    if (rest.length === 0) {
      const copy = target.slice();
      if (value === undefined) {
        if (index < target.length) copy.splice(index, 1);
      } else copy[index] = value;
      return copy;
    }
    const child = setIn(target[index], rest, value);
    if (typeof child === 'string') return child;
    const copy = target.slice();
    copy[index] = child;
    return copy;
  }
  if (typeof target === 'object' && target !== null) {
    const record = target as Record<string, unknown>;
    if (rest.length === 0) return withKey(record, head, value);
    const existing = Object.hasOwn(record, head) ? record[head] : undefined;
    const child = setIn(existing ?? {}, rest, value);
    if (typeof child === 'string') return child;
    const copy = { ...record };
    setOwn(copy, head, child);
    return copy;
  }
  if (target === undefined) return setIn({}, path, value);
  return `cannot set a field inside a ${target === null ? 'null' : typeof target}`;
}

/**
 * The schema of the deepest ancestor of `path` (the changed value's parent or
 * above) that zod describes, and how many segments lead to it.
 */
function nearestSchema(path: readonly string[]): { schema: z.ZodType; depth: number } {
  let best: { schema: z.ZodType; depth: number } = { schema: Pipeline, depth: 0 };
  let schema: z.ZodType | undefined = Pipeline;
  for (let depth = 0; depth < path.length - 1 && schema; depth++) {
    schema = child(schema, path[depth] as string);
    if (schema && isContainer(schema)) best = { schema, depth: depth + 1 };
  }
  return best;
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

function isContainer(schema: z.ZodType): boolean {
  const s = unwrap(schema);
  return s instanceof z.ZodObject || s instanceof z.ZodArray || s instanceof z.ZodRecord;
}

function child(schema: z.ZodType, segment: string): z.ZodType | undefined {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) {
    const shape = s.shape as Record<string, z.ZodType>;
    return Object.hasOwn(shape, segment) ? shape[segment] : undefined;
  }
  if (s instanceof z.ZodArray) return s.element as z.ZodType;
  if (s instanceof z.ZodRecord) return s.valueType as z.ZodType;
  return undefined;
}
