import { LineIndex } from './line-index.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingName; bom: boolean } | { ok: false; message: string; text: string };

/**
 * Bytes to text, the one decoder of every importer. A UTF-8 or UTF-16 (LE/BE) byte order
 * mark selects the encoding and is dropped; without one the bytes must be UTF-8. Invalid
 * sequences are an error, never a silent U+FFFD in a value; `text` then holds what decoded
 * before the fault, so the caller can report its line and column (`decodeFailurePosition`).
 */
export function decodeText(input: string | Uint8Array): DecodeResult {
  if (typeof input === 'string') {
    const bom = input.charCodeAt(0) === 0xfeff;
    return { ok: true, text: bom ? input.slice(1) : input, encoding: 'utf-8', bom };
  }
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) return decodeUtf8(input.subarray(3), true);
  if (input[0] === 0xff && input[1] === 0xfe) return decodeUtf16(input.subarray(2), 'utf-16le');
  if (input[0] === 0xfe && input[1] === 0xff) return decodeUtf16(input.subarray(2), 'utf-16be');
  if (input.length >= 2 && input[0] !== 0 && input[1] === 0) {
    return { ok: false, message: 'the file looks like UTF-16 without a byte order mark; save it as UTF-8', text: '' };
  }
  return decodeUtf8(input, false);
}

/** Refuses what `firstInvalidUtf8` refuses (WHATWG's UTF-8), natively: ~1 ms per MB instead of ~10. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array, bom: boolean): DecodeResult {
  try {
    return { ok: true, text: strictUtf8.decode(bytes), encoding: 'utf-8', bom };
  } catch {
    // Not well-formed: the scan below says where.
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== undefined) {
    return {
      ok: false,
      message: `invalid UTF-8 byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at byte ${bad + (bom ? 3 : 0)}`,
      text: new TextDecoder('utf-8').decode(bytes.subarray(0, bad)),
    };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const units = Math.floor(bytes.length / 2);
  const unit = (i: number): number =>
    encoding === 'utf-16le'
      ? (bytes[2 * i] as number) | ((bytes[2 * i + 1] as number) << 8)
      : ((bytes[2 * i] as number) << 8) | (bytes[2 * i + 1] as number);
  let text = '';
  const chunk: number[] = [];
  const flush = (): void => {
    text += String.fromCharCode(...chunk);
    chunk.length = 0;
  };
  for (let i = 0; i < units; i++) {
    const u = unit(i);
    const isHigh = u >= 0xd800 && u <= 0xdbff;
    const isLow = u >= 0xdc00 && u <= 0xdfff;
    if (isLow || (isHigh && !(i + 1 < units && unit(i + 1) >= 0xdc00 && unit(i + 1) <= 0xdfff))) {
      flush();
      return { ok: false, message: `invalid ${encoding.toUpperCase()}: unpaired surrogate at byte ${2 + 2 * i}`, text };
    }
    chunk.push(u);
    if (chunk.length >= 8192) flush();
  }
  flush();
  if (bytes.length % 2 !== 0) {
    return { ok: false, message: `invalid ${encoding.toUpperCase()}: odd number of bytes`, text };
  }
  return { ok: true, text, encoding, bom: true };
}

/** Index of the first byte that is not part of a well-formed UTF-8 sequence, or undefined. */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return undefined;
}

/** Where a decoding failure is: just past the text that decoded. */
export function decodeFailurePosition(failure: { text: string }): { line: number; column: number; offset: number } {
  const offset = failure.text.length;
  return { ...new LineIndex(failure.text).position(offset), offset };
}
