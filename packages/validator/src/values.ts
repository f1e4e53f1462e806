import { escapePointerSegment, isOpaque } from '@pipewright/model';

/*
 * The validator accepts any object shaped roughly like a pipeline: a document
 * read from disk may be missing fields or hold the wrong types. These helpers
 * read values defensively so a rule never crashes on a broken document.
 */

/** The string, or undefined when absent, opaque or not a string. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The integer, or undefined when absent, opaque or not a number. */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

const EMPTY: readonly unknown[] = Object.freeze([]);

/** The array, or a shared empty one (read-only: nothing is allocated for an absent list). */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : EMPTY;
}

export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isOpaque(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Escapes one JSON pointer segment (the model's one escaper, under the name rules use). */
export const seg: (segment: string | number) => string = escapePointerSegment;

/** Joins a base pointer and segments. */
export function at(base: string, ...segments: (string | number)[]): string {
  let out = base;
  for (const s of segments) out += '/' + seg(s);
  return out;
}

/** Quotes a name for a message: 'Build'. */
export function q(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === undefined) return '(unnamed)';
  if (isOpaque(value)) return '(expression)';
  if (value === null || typeof value !== 'object') return `'${String(value)}'`;
  try {
    return JSON.stringify(value) ?? '(value)';
  } catch {
    return '(value)'; // cyclic or otherwise unprintable
  }
}

/*
 * Regular expressions live at module level throughout the validator: a literal inside a
 * function is a new RegExp object on every call, which adds up over thousands of actions.
 */
const ROLE_ARN = /^arn:aws(?:-[\w]+)*:iam::\d{12}:/;

/** The 12-digit account of an IAM role ARN, when it is a literal. */
export function accountOf(roleArn: unknown): string | undefined {
  const arn = text(roleArn);
  if (!arn) return undefined;
  // test() and a slice: exec() would build a match array for every role ARN.
  if (!ROLE_ARN.test(arn)) return undefined;
  const start = arn.indexOf(':iam::') + 6;
  return arn.slice(start, start + 12);
}
