import type { z } from 'zod';
import { getAtPointer } from '../pointer/json-pointer.js';

/*
 * zod issues in plain words: "stages[1].actions[0]: missing required field actionTypeId".
 * Issues carry no input value in zod 4, so the value is looked up in the document.
 */

export interface IssueReport {
  /** Where to point: the offending value, or the object missing a field. */
  path: (string | number)[];
  message: string;
}

/** `root` is the value the schema checked; `prefix` is its path in the declaration (for the message). */
export function describeIssue(
  issue: z.core.$ZodIssue,
  root: unknown,
  prefix: readonly (string | number)[] = [],
): IssueReport {
  const relative = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const value = getAtPointer(root, relative);
  const path = [...prefix, ...relative];
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  if (value === undefined && last !== undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    return { path: parentPath, message: `${where(parentPath)}missing required field ${String(last)}` };
  }
  return { path, message: `${where(path)}${expectation(issue)}, got ${describeValue(value)}` };
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${withArticle(issue.expected)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union': {
      // The first alternative is the literal form (string, number or enum); the other is the opaque value.
      const first = issue.errors[0]?.[0];
      return first ? expectation(first) : 'unexpected value';
    }
    default:
      return issue.message;
  }
}

function withArticle(type: string): string {
  if (type === 'array' || type === 'object') return `an ${type}`;
  return `a ${type}`;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  return `${typeof value} ${String(value)}`;
}

/** `stages[1].actions[0].configuration["a.b"]: ` */
export function where(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'pipeline: ';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return `${out}: `;
}
