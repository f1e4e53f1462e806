import { formatPointer } from '../../pointer/json-pointer.js';
import { displayValue, isOpaque } from '../../schema/opaque.js';
import type { DiffChange, RiskContext } from '../types.js';

/** Indices of the changes that satisfy `test`. */
export function changeIndices(context: RiskContext, test: (change: DiffChange) => boolean): number[] {
  const found: number[] = [];
  context.changes.forEach((change, i) => {
    if (test(change)) found.push(i);
  });
  return found;
}

/** Where a change is, for a finding: the pointers of each side it has. */
export function placeOf(change: DiffChange): { oldPath?: string; newPath?: string } {
  const place: { oldPath?: string; newPath?: string } = {};
  if (change.oldPath !== undefined) place.oldPath = change.oldPath;
  if (change.newPath !== undefined) place.newPath = change.newPath;
  return place;
}

/** `'Deploy' in stage 'Prod'`, `stage 'Prod'` or `the pipeline`. */
export function where(change: DiffChange): string {
  if (change.target === 'action') return `action ${q(change.action)} in stage ${q(change.stage)}`;
  if (change.target === 'stage') return `stage ${q(change.stage)}`;
  return 'the pipeline';
}

export function q(value: unknown): string {
  return value === undefined ? '(unnamed)' : `'${displayValue(value)}'`;
}

/** A value for a message: quoted, or "nothing" when absent. */
export function shown(value: unknown): string {
  return value === undefined ? 'nothing' : q(value);
}

/**
 * The 12-digit account ids in ARNs anywhere in a value, each with the pointer of its first place.
 * The walk keeps a stack of keys and builds a pointer only for a new account (2,500 actions).
 */
export function accountIds(value: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const stack: (string | number)[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      if (!node.includes('arn:')) return;
      for (const match of node.matchAll(ARN_ACCOUNT))
        if (!found.has(match[1] as string)) found.set(match[1] as string, formatPointer(stack));
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        stack.push(i);
        walk(node[i]);
        stack.pop();
      }
    } else if (typeof node === 'object' && node !== null && !isOpaque(node)) {
      for (const key of Object.keys(node)) {
        stack.push(key);
        walk((node as Record<string, unknown>)[key]);
        stack.pop();
      }
    }
  };
  walk(value);
  return found;
}
const ARN_ACCOUNT = /arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/g;

/** True when `path` is `at` or inside it, or `at` is inside `path` (one contains the other). */
export function overlaps(path: string | undefined, at: string): boolean {
  if (path === undefined) return false;
  return path === at || path.startsWith(`${at}/`) || at.startsWith(`${path}/`);
}
