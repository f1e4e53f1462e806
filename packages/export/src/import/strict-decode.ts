import { decodeFailurePosition, decodeText } from '@pipewright/model';

/*
 * Bytes to text, refusing what is not well-formed: a lenient decoder would turn a bad byte
 * into U+FFFD and import a template whose values silently differ from the file. The model's
 * decoder does the work (BOM-selected UTF-8 / UTF-16 LE/BE, else UTF-8); this adds the line and
 * column of the fault, which every import error carries.
 */

export type StrictDecodeResult =
  { ok: true; text: string } | { ok: false; message: string; line: number; column: number };

export function decodeStrict(input: string | Uint8Array): StrictDecodeResult {
  const decoded = decodeText(input);
  if (decoded.ok) return { ok: true, text: decoded.text };
  const { line, column } = decodeFailurePosition(decoded);
  return { ok: false, message: decoded.message, line, column };
}
