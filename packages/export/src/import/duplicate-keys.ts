import type { LineIndex } from '@pipewright/model';
import type { ImportError } from './types.js';

/** A key given twice in one map or object: where each of the two spellings starts. */
export interface DuplicateKey {
  /** JSON pointer of the key's value in the whole document. */
  pointer: string;
  key: string;
  /** Offsets of the first and the repeated key. */
  first: number;
  second: number;
}

/**
 * The import error for a repeated key. A reader would keep the last value and drop the first
 * without a word (CloudFormation refuses such a template, cfn-lint reports E0000; the AWS CLI
 * keeps the last one), so every importer refuses it and names both places.
 */
export function duplicateKeyError(
  duplicates: readonly DuplicateKey[],
  lines: Pick<LineIndex, 'position'>,
  why: string,
): ImportError {
  const [first] = duplicates;
  if (!first) throw new Error('duplicateKeyError needs a duplicate');
  const a = lines.position(first.first);
  const b = lines.position(first.second);
  const more = duplicates.length > 1 ? ` (${duplicates.length - 1} more key(s) repeated after it)` : '';
  return {
    code: 'duplicate-key',
    message: `key ${JSON.stringify(first.key)} is given twice in one map, at line ${a.line}, column ${a.column} and line ${b.line}, column ${b.column}${more}: ${why}; keep one`,
    ...b,
  };
}

/**
 * Property names in a parsed value. JSON.parse keeps one per repeated name, so fewer names here
 * than in the text means a key was given twice (the cheap test before finding where).
 */
export function countParsedKeys(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countParsedKeys(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  for (const key of Object.keys(value)) count += 1 + countParsedKeys((value as Record<string, unknown>)[key]);
  return count;
}
