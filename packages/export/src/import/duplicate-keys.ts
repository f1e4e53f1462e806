import type { LineIndex, RepeatedKey } from '@pipewright/model';
import type { ImportError } from './types.js';

/** A key given twice in one map or object (the model finds them in JSON, the YAML reader in YAML). */
export type DuplicateKey = RepeatedKey;

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
