import { arrayIndex } from '../pointer/json-pointer.js';

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;
const SPACE = 32;
const LF = 10;
const CR = 13;

const isWhitespace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Offsets of the values in a text that `JSON.parse` accepted, found on demand:
 * a container's children are scanned the first time a pointer goes through it,
 * so locating a few hundred pointers costs a few scans of the text instead of a
 * parse tree with one object per value. Offsets and lengths are those of
 * jsonc-parser's nodes (strings include their quotes). Only valid for strict
 * JSON: the caller has already checked the text with `JSON.parse`.
 */
export class JsonOffsets {
  private readonly members = new Map<number, Map<string, number>>();
  private readonly elements = new Map<number, number[]>();
  private readonly lengths = new Map<number, number>();
  /** Value offset -> offset of its property name's opening quote. */
  private readonly keys = new Map<number, number>();
  /** For each offset of a `{` or `[`: the offset just past its closing bracket (from `scan`). */
  private ends: Int32Array | undefined;
  /** Property names in the text, duplicates included (from `scan`). */
  private keyCount = 0;
  /** Where each line starts, as `LineIndex` finds them (from `scan`). */
  private starts: number[] = [];

  constructor(private readonly text: string) {}

  /** Offset of the top-level value. */
  root(): number {
    return this.skipWhitespace(0);
  }

  /** Follows segments as far as they exist; `offset` is the deepest value reached. */
  walk(start: number, segments: readonly string[]): { offset: number; complete: boolean } {
    let offset = start;
    for (const segment of segments) {
      const c = this.text.charCodeAt(offset);
      let next: number | undefined;
      if (c === OPEN_BRACE) next = this.membersOf(offset).get(segment);
      else if (c === OPEN_BRACKET) {
        const index = arrayIndex(segment);
        next = index === undefined ? undefined : this.elementsOf(offset)[index];
      }
      if (next === undefined) return { offset, complete: false };
      offset = next;
    }
    return { offset, complete: true };
  }

  /** Offset of the property name of the value at `offset` (undefined for array elements and the root). */
  keyOffset(valueOffset: number): number | undefined {
    return this.keys.get(valueOffset);
  }

  /** How many property names the text holds, duplicates included (fewer keys in the parsed value = duplicates). */
  countKeys(): number {
    this.scan();
    return this.keyCount;
  }

  /** Line starts of the text (a `LineIndex` built on them answers as one built on the text). */
  lineStarts(): number[] {
    this.scan();
    return this.starts;
  }

  /** Length of the value starting at `offset`. */
  lengthAt(offset: number): number {
    let length = this.lengths.get(offset);
    if (length === undefined) {
      length = this.skipValue(offset) - offset;
      this.lengths.set(offset, length);
    }
    return length;
  }

  /** Property name -> value offset (the last duplicate wins, like JSON.parse). */
  private membersOf(offset: number): Map<string, number> {
    let members = this.members.get(offset);
    if (members) return members;
    members = new Map();
    const { text } = this;
    let i = this.skipWhitespace(offset + 1);
    while (text.charCodeAt(i) === QUOTE) {
      const keyStart = i;
      const keyEnd = this.skipString(i);
      const raw = text.slice(i, keyEnd);
      const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      i = this.skipWhitespace(keyEnd) + 1; // past ':'
      i = this.skipWhitespace(i);
      members.set(key, i);
      this.keys.set(i, keyStart);
      i = this.skipWhitespace(this.skipValue(i));
      if (text.charCodeAt(i) !== COMMA) break;
      i = this.skipWhitespace(i + 1);
    }
    this.members.set(offset, members);
    return members;
  }

  private elementsOf(offset: number): number[] {
    let elements = this.elements.get(offset);
    if (elements) return elements;
    elements = [];
    const { text } = this;
    let i = this.skipWhitespace(offset + 1);
    if (text.charCodeAt(i) !== CLOSE_BRACKET) {
      for (;;) {
        elements.push(i);
        i = this.skipWhitespace(this.skipValue(i));
        if (text.charCodeAt(i) !== COMMA) break;
        i = this.skipWhitespace(i + 1);
      }
    }
    this.elements.set(offset, elements);
    return elements;
  }

  private containerEnds(): Int32Array {
    return this.scan();
  }

  /**
   * One pass over the text for everything the text alone can say: container ends, the number
   * of property names and the line starts. Reading a file counts its names (repeated keys) and
   * locating its diagnostics needs the other two: three scans of a 1.6 MB text cost ~2x one, most
   * of it in code the JIT has not optimized yet. Strict JSON (what `JSON.parse` accepted) has
   * line ends only between tokens and `:` outside strings only after a property name, so each
   * is seen here exactly once.
   */
  private scan(): Int32Array {
    if (this.ends) return this.ends;
    const { text } = this;
    const length = text.length;
    const ends = new Int32Array(length);
    const open: number[] = [];
    const starts = [0];
    let keys = 0;
    for (let j = 0; j < length; j++) {
      const c = text.charCodeAt(j);
      if (c === SPACE) continue;
      if (c === QUOTE) j = this.skipString(j) - 1;
      else if (c === COLON) keys++;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) open.push(j);
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) ends[open.pop() as number] = j + 1;
      else if (c === LF) starts.push(j + 1);
      else if (c === CR) {
        // `\r\n` ends one line, a lone `\r` one too (LineIndex's rule).
        if (text.charCodeAt(j + 1) === LF) j++;
        starts.push(j + 1);
      }
    }
    this.keyCount = keys;
    this.starts = starts;
    this.ends = ends;
    return ends;
  }

  private skipWhitespace(i: number): number {
    while (isWhitespace(this.text.charCodeAt(i))) i++;
    return i;
  }

  /** Offset just past the closing quote of the string opening at `i`. */
  private skipString(i: number): number {
    const { text } = this;
    let quote = text.indexOf('"', i + 1);
    while (quote !== -1) {
      // Escaped when preceded by an odd number of backslashes.
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      quote = text.indexOf('"', quote + 1);
    }
    return text.length;
  }

  /** Offset just past the value starting at `i`. */
  private skipValue(i: number): number {
    const { text } = this;
    const c = text.charCodeAt(i);
    if (c === QUOTE) return this.skipString(i);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      return this.containerEnds()[i] as number;
    }
    // A number or a literal: runs to the next delimiter.
    let j = i;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isWhitespace(d)) break;
      j++;
    }
    return j;
  }
}
