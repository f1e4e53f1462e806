import { displayValue } from '../../schema/opaque.js';
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

/** The 12-digit account ids in ARNs anywhere in a value. */
export function accountIds(value: unknown, into: Map<string, string>, path = ''): Map<string, string> {
  if (typeof value === 'string') {
    for (const match of value.matchAll(ARN_ACCOUNT))
      if (!into.has(match[1] as string)) into.set(match[1] as string, path);
  } else if (Array.isArray(value)) value.forEach((v, i) => accountIds(v, into, `${path}/${i}`));
  else if (typeof value === 'object' && value !== null && !('$opaque' in value))
    for (const key of Object.keys(value))
      accountIds(
        (value as Record<string, unknown>)[key],
        into,
        `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      );
  return into;
}
const ARN_ACCOUNT = /arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/g;

/** True when `path` is `at` or inside it, or `at` is inside `path` (one contains the other). */
export function overlaps(path: string | undefined, at: string): boolean {
  if (path === undefined) return false;
  return path === at || path.startsWith(`${at}/`) || at.startsWith(`${path}/`);
}
