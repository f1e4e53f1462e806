import { detect, type DetectedFormat } from './detect.js';
import { decodeStrict } from './strict-decode.js';
import type { ImportResult } from './types.js';

/** Bigger inputs are refused before parsing: parsing 20 MB takes seconds, and no pipeline comes near it. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * What every import does before a format's reader runs: the size limit, strict decoding and
 * format detection. Either the text, its format and (API JSON) the value `JSON.parse` gave for
 * it, or the import's failure.
 */
export function prepareImport(
  input: string | Uint8Array,
  fileName: string | undefined,
): { text: string; format: DetectedFormat; json?: unknown } | { failure: ImportResult } {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_IMPORT_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    const message = `the file is ${mb(size)}; Pipewright imports files up to ${mb(MAX_IMPORT_BYTES)} (a pipeline declaration is far smaller)`;
    return { failure: { ok: false, error: { message, line: 1, column: 1 } } };
  }
  // Strict: a bad byte is an error with its position, never a silent U+FFFD in a value.
  const decoded = decodeStrict(input);
  if (!decoded.ok) {
    const { message, line, column } = decoded;
    return { failure: { ok: false, error: { message, line, column } } };
  }
  return { text: decoded.text, ...detect(decoded.text, fileName) };
}

/** A reader that threw: the import's error, at the file's start. */
export function unexpectedFailure(error: unknown): ImportResult {
  return {
    ok: false,
    error: {
      message: `could not read the file: ${error instanceof Error ? error.message : String(error)}`,
      line: 1,
      column: 1,
    },
  };
}
