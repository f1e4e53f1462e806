import type { LineIndex } from '@pipewright/model';
import type { DuplicateKey } from '../import/duplicate-keys.js';

/**
 * A CloudFormation template as read, whichever reader read it (json-reader.ts for plain JSON,
 * yaml-reader.ts for YAML and the rest), in CFN JSON form with the positions the importer reports.
 */
export interface TemplateSource {
  data: unknown;
  /** Offset of the node at each JSON pointer (whole template); a property's is its key's. */
  offsets: Pick<Map<string, number>, 'get'>;
  /** Keys given twice in one map, with both positions (the data keeps the last one; importers refuse them). */
  duplicates: DuplicateKey[];
  /** Offsets to line and column (the model's one line index, built on first use). */
  lines: Pick<LineIndex, 'position'>;
}

/** A template read, or why not, with the 1-based line and column of the fault. */
export type TemplateReadResult =
  { ok: true; source: TemplateSource } | { ok: false; error: { message: string; line: number; column: number } };
