import { positionAt } from './nesting.js';

/*
 * Bytes to text, refusing what is not well-formed: a lenient decoder would turn a bad byte
 * into U+FFFD and import a template whose values silently differ from the file. A UTF-8 or
 * UTF-16 (LE/BE) byte order mark selects the encoding and is dropped; without one, UTF-8.
 */

export type StrictDecodeResult =
  { ok: true; text: string } | { ok: false; message: string; line: number; column: number };

export function decodeStrict(input: string | Uint8Array): StrictDecodeResult {
  if (typeof input === 'string') return { ok: true, text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input };
  if (input[0] === 0xff && input[1] === 0xfe) return decodeUtf16(input.subarray(2), true);
  if (input[0] === 0xfe && input[1] === 0xff) return decodeUtf16(input.subarray(2), false);
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const bytes = bom ? input.subarray(3) : input;
  const bad = firstInvalidUtf8(bytes);
  if (bad === undefined) return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
  const byte = (bytes[bad] ?? 0).toString(16).padStart(2, '0');
  return {
    ok: false,
    message: `invalid UTF-8: byte 0x${byte} at byte ${bad + (bom ? 3 : 0)} (save the file as UTF-8)`,
    ...positionAt(before, before.length),
  };
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): StrictDecodeResult {
  const name = littleEndian ? 'UTF-16LE' : 'UTF-16BE';
  const units = Math.floor(bytes.length / 2);
  const unit = (i: number) =>
    littleEndian
      ? (bytes[2 * i] as number) | ((bytes[2 * i + 1] as number) << 8)
      : ((bytes[2 * i] as number) << 8) | (bytes[2 * i + 1] as number);
  const text = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, units * 2));
  for (let i = 0; i < units; i++) {
    const u = unit(i);
    const high = u >= 0xd800 && u <= 0xdbff;
    const low = u >= 0xdc00 && u <= 0xdfff;
    const next = i + 1 < units ? unit(i + 1) : -1;
    if (low || (high && !(next >= 0xdc00 && next <= 0xdfff))) {
      return { ok: false, message: `invalid ${name}: unpaired surrogate at byte ${2 + 2 * i}`, ...positionAt(text, i) };
    }
    if (high) i++;
  }
  if (bytes.length % 2 !== 0) {
    return { ok: false, message: `invalid ${name}: odd number of bytes`, ...positionAt(text, text.length) };
  }
  return { ok: true, text };
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
