import type { ImportResult } from './types.js';

/** Reads every pipeline of a file; the format is detected from the content. Never throws. */
export function importPipelines(_input: string | Uint8Array, _options: { fileName?: string } = {}): ImportResult {
  return { ok: false, error: { message: 'import: in progress', line: 1, column: 1 } };
}
