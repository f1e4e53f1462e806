import { escapePointerSegment } from '@pipewright/model';
import { setOwn } from '../plan/own.js';
import { isShortFormTag, wrapTag } from './short-form.js';

/*
 * A reader for the block-style YAML that CloudFormation templates and our writer use: block maps
 * and sequences, one-line plain, single- and double-quoted scalars, short-form intrinsic tags and
 * comments. It reads 1.2 MB in ~20 ms where the `yaml` document model takes ~300 ms.
 *
 * Anything else (flow collections, anchors, block or multi-line scalars, other tags, tabs, empty
 * values, a repeated key, any error) makes it give up with `undefined`, and the `yaml` document
 * reader reads the whole text: so what this reader accepts, it reads exactly as that one does
 * (data, key order, the offset of every node), held by test/cloudformation/yaml-block.test.ts.
 */

const isBlankOrComment = (rest: string): boolean => /^(?: *| +#.*)$/.test(rest);

/** Thrown to give the text to the `yaml` document reader; never escapes this module. */
const GIVE_UP: unique symbol = Symbol('give up');

/** Characters this reader never reads: tabs, control and YAML 1.1 line-break characters, BOMs, lone surrogates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNREAD_CHARACTERS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\p{Cs}/u;
/** A scalar cannot start with these (YAML indicators); `-` starting a sequence entry is tested first. */
const INDICATORS = new Set([
  '-',
  '?',
  ':',
  ',',
  '[',
  ']',
  '{',
  '}',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
]);
/** A key longer than this is left to `yaml` (YAML limits implicit keys to 1024 characters). */
const MAX_KEY = 1000;

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The plain scalars starting with a letter that the core schema reads as null or a boolean. */
const CORE_WORDS = new Map<string, null | boolean>([
  ...['null', 'Null', 'NULL'].map((w): [string, null] => [w, null]),
  ...['true', 'True', 'TRUE'].map((w): [string, boolean] => [w, true]),
  ...['false', 'False', 'FALSE'].map((w): [string, boolean] => [w, false]),
]);

/** The YAML 1.2 core schema, as `yaml` resolves a plain scalar (its schema/core tests, in its order). */
function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  // Starting with a letter, only the core schema's words are not strings (most keys and values).
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
    const word = text.length <= 5 ? CORE_WORDS.get(text) : undefined;
    return word === undefined ? text : word;
  }
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}

/** A scalar read on one line: its value and the offset just past it. */
interface Scalar {
  value: unknown;
  end: number;
}

class BlockReader {
  /** Start, indentation and end (before any `\r`) of the current content line; `eof` past the last. */
  private lineStart = 0;
  private indent = 0;
  private lineEnd = 0;
  private next = 0;
  eof = false;
  /** Where `keyAt` last looked, and what it found there. */
  private keyStart = -1;
  private keyName: string | undefined;
  private keyEnd = 0;

  constructor(
    private readonly text: string,
    /** Offsets by JSON pointer, recorded in the order the `yaml` reader's `toData` records them; none when undefined. */
    private readonly offsets: Map<string, number> | undefined,
  ) {}

  /** Moves to the next line that holds more than spaces or a comment (`start`: a `---` line may come first). */
  advance(documentStart = false): void {
    const { text } = this;
    let atStart = documentStart;
    while (this.next < text.length) {
      const start = this.next;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      this.next = end + 1;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      let p = start;
      while (p < end && text.charCodeAt(p) === 32) p++;
      if (p === end || text[p] === '#') continue;
      if (p === start && (text.startsWith('---', p) || text.startsWith('...', p) || text[p] === '%')) {
        if (atStart && text.startsWith('---', p) && isBlankOrComment(text.slice(p + 3, end))) {
          atStart = false;
          continue;
        }
        throw GIVE_UP; // directives, a document end, a second document
      }
      this.lineStart = start;
      this.indent = p - start;
      this.lineEnd = end;
      return;
    }
    this.eof = true;
  }

  private record(pointer: string, offset: number): void {
    this.offsets?.set(pointer, offset);
  }

  private child(pointer: string, segment: string | number): string {
    return this.offsets ? `${pointer}/${escapePointerSegment(segment)}` : '';
  }

  /** Is a sequence entry (`- ` or a lone `-`) at `at`? */
  private dashAt(at: number): boolean {
    return this.text[at] === '-' && (at + 1 === this.lineEnd || this.text[at + 1] === ' ');
  }

  /** The whole document: a block map at column 0, and nothing after it. */
  document(): unknown {
    this.advance(true);
    if (this.eof || this.indent !== 0) throw GIVE_UP;
    const value = this.block(0, '');
    if (!this.eof) throw GIVE_UP;
    return value;
  }

  /** A block collection starting the current line at its indentation, or at `column` after a `- `. */
  private block(column: number, pointer: string): unknown {
    const at = this.lineStart + column;
    if (this.dashAt(at)) return this.sequence(column, pointer);
    if (this.keyAt(at)) return this.map(column, pointer);
    throw GIVE_UP;
  }

  private sequence(column: number, pointer: string): unknown[] {
    this.record(pointer, this.lineStart + column);
    const items: unknown[] = [];
    for (;;) {
      const dash = this.lineStart + column;
      if (!this.dashAt(dash)) throw GIVE_UP;
      let p = dash + 1;
      while (p < this.lineEnd && this.text.charCodeAt(p) === 32) p++;
      const itemPointer = this.child(pointer, items.length);
      if (p === this.lineEnd || this.text[p] === '#') {
        this.advance();
        if (this.eof || this.indent <= column) throw GIVE_UP; // an empty entry
        items.push(this.block(this.indent, itemPointer));
      } else {
        items.push(this.inline(p, column, itemPointer, true));
      }
      if (this.eof || this.indent < column) return items;
      // A key at this column is the map that holds this sequence (`Key:` then `- item` at its column).
      if (this.indent === column && !this.dashAt(this.lineStart + column)) return items;
      if (this.indent > column) throw GIVE_UP;
    }
  }

  private map(column: number, pointer: string): Record<string, unknown> {
    this.record(pointer, this.lineStart + column);
    const out: Record<string, unknown> = {};
    for (;;) {
      const keyOffset = this.lineStart + column;
      if (!this.keyAt(keyOffset)) throw GIVE_UP;
      const name = this.keyName as string;
      // A repeated key is an import error: the `yaml` reader gives it with both positions.
      if (Object.hasOwn(out, name)) throw GIVE_UP;
      const keyPointer = this.child(pointer, name);
      let p = this.keyEnd;
      while (p < this.lineEnd && this.text.charCodeAt(p) === 32) p++;
      let value: unknown;
      if (p === this.lineEnd || this.text[p] === '#') {
        this.advance();
        if (this.eof) throw GIVE_UP; // an empty value
        if (this.indent > column) value = this.block(this.indent, keyPointer);
        else if (this.indent === column && this.dashAt(this.lineStart + column))
          value = this.sequence(column, keyPointer);
        else throw GIVE_UP;
      } else {
        value = this.inline(p, column, keyPointer, false);
      }
      setOwn(out, name, value);
      this.record(keyPointer, keyOffset);
      if (this.eof || this.indent < column) return out;
      if (this.indent > column) throw GIVE_UP;
    }
  }

  /**
   * A node that starts at `at`, after `- ` (`compact`: it may be a map or a sequence there) or
   * after `key: `; `parent` is the column of the collection that holds it.
   */
  private inline(at: number, parent: number, pointer: string, compact: boolean): unknown {
    const { text } = this;
    const column = at - this.lineStart;
    if (compact && (this.dashAt(at) || this.keyAt(at))) return this.block(column, pointer);
    if (text[at] === '!') {
      let end = at + 1;
      while (end < this.lineEnd && text.charCodeAt(end) !== 32) end++;
      const tag = text.slice(at, end);
      if (!isShortFormTag(tag)) throw GIVE_UP;
      let p = end;
      while (p < this.lineEnd && text.charCodeAt(p) === 32) p++;
      if (p === this.lineEnd || text[p] === '#') {
        // `Key: !If` with its sequence (or map) on the lines below, more indented.
        this.advance();
        if (this.eof || this.indent <= parent) throw GIVE_UP;
        return wrapTag(tag, this.block(this.indent, pointer));
      }
      if (p === end) throw GIVE_UP;
      // A tagged scalar stays the string as written (`!Ref 5` is "5").
      return wrapTag(tag, this.scalar(p, parent, pointer, false));
    }
    return this.scalar(at, parent, pointer, true);
  }

  /** A one-line scalar at `at`; the next content line must not continue it. */
  private scalar(at: number, parent: number, pointer: string, resolve: boolean): unknown {
    const read =
      this.text[at] === '"' ? this.doubleQuoted(at) : this.text[at] === "'" ? this.singleQuoted(at) : undefined;
    let value: unknown;
    if (read) {
      this.lineRest(read.end);
      value = read.value;
    } else {
      const plain = this.plainValue(at);
      value = resolve ? resolvePlain(plain) : plain;
    }
    this.record(pointer, at);
    this.advance();
    if (!this.eof && this.indent > parent) throw GIVE_UP; // a multi-line scalar
    return value;
  }

  /** Only spaces or a comment may follow a quoted scalar. */
  private lineRest(from: number): void {
    let p = from;
    while (p < this.lineEnd && this.text.charCodeAt(p) === 32) p++;
    if (p < this.lineEnd && !(this.text[p] === '#' && p > from)) throw GIVE_UP;
  }

  /** A plain scalar from `at` to the end of the line or a ` #` comment. */
  private plainValue(at: number): string {
    const { text } = this;
    if (INDICATORS.has(text[at] as string)) throw GIVE_UP;
    const { lineEnd } = this;
    let end = at;
    for (; end < lineEnd; end++) {
      const c = text.charCodeAt(end);
      if (c === 35 && text.charCodeAt(end - 1) === 32) break;
      // `a: b` in a value is an error in YAML, `a:` at its end a key: both are the `yaml` reader's.
      if (c === 58 && (end + 1 === lineEnd || text.charCodeAt(end + 1) === 32)) throw GIVE_UP;
    }
    if (end < lineEnd) end--; // before the space of ` #`
    while (text.charCodeAt(end - 1) === 32) end--;
    return text.slice(at, end);
  }

  /**
   * Is a key (plain or quoted, then `:` and a space or the line's end) at `at`? Its name and the
   * offset past its colon are then `keyName` and `keyEnd`. The last answer is kept: a map's first
   * key is asked for up to three times (the entry, the collection, the map).
   */
  private keyAt(at: number): boolean {
    if (at !== this.keyStart) {
      this.keyName = this.findKey(at);
      this.keyStart = at;
    }
    return this.keyName !== undefined;
  }

  private findKey(at: number): string | undefined {
    const { text, lineEnd } = this;
    const quote = text[at];
    if (quote === '"' || quote === "'") {
      const read = quote === '"' ? this.doubleQuoted(at) : this.singleQuoted(at);
      if (!read || text[read.end] !== ':') return undefined;
      const after = read.end + 1;
      if (after !== lineEnd && text[after] !== ' ') return undefined;
      this.keyEnd = after;
      return read.value as string;
    }
    if (INDICATORS.has(quote as string)) return undefined;
    // Scanned within the line (`indexOf` would run on to the next colon of the file).
    let colon = at;
    let comment = false;
    for (; colon < lineEnd; colon++) {
      const c = text.charCodeAt(colon);
      if (c === 58 && (colon + 1 === lineEnd || text.charCodeAt(colon + 1) === 32)) break;
      if (c === 35 && colon > at && text.charCodeAt(colon - 1) === 32) comment = true;
    }
    if (colon === lineEnd) return undefined;
    if (colon - at > MAX_KEY || comment || text.charCodeAt(colon - 1) === 32) throw GIVE_UP;
    const name = text.slice(at, colon);
    // A key the core schema reads as a number, a boolean or null would be renamed (`012` is `12`).
    if (typeof resolvePlain(name) !== 'string') throw GIVE_UP;
    this.keyEnd = colon + 1;
    return name;
  }

  /** A double-quoted scalar closed on its line, or undefined. */
  private doubleQuoted(at: number): Scalar | undefined {
    const { text } = this;
    let out = '';
    let from = at + 1;
    for (let i = at + 1; i < this.lineEnd; i++) {
      const ch = text[i];
      if (ch === '"') return { value: out + text.slice(from, i), end: i + 1 };
      if (ch !== '\\') continue;
      out += text.slice(from, i);
      const code = text[i + 1] as string;
      const escaped = ESCAPES[code];
      if (escaped !== undefined) {
        out += escaped;
        i++;
      } else if (HEX_LENGTH[code] !== undefined) {
        const length = HEX_LENGTH[code];
        const hex = text.slice(i + 2, i + 2 + length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) throw GIVE_UP;
        const point = parseInt(hex, 16);
        if (point > 0x10ffff) throw GIVE_UP;
        out += String.fromCodePoint(point);
        i += 1 + length;
      } else {
        throw GIVE_UP; // an escaped line end or an invalid escape
      }
      from = i + 1;
    }
    throw GIVE_UP; // continued on the next line
  }

  /** A single-quoted scalar closed on its line (`''` is a quote), or undefined. */
  private singleQuoted(at: number): Scalar | undefined {
    const { text } = this;
    for (let i = at + 1; i < this.lineEnd; i++) {
      if (text[i] !== "'") continue;
      if (text[i + 1] === "'" && i + 1 < this.lineEnd) {
        i++;
        continue;
      }
      return { value: text.slice(at + 1, i).replace(/''/g, "'"), end: i + 1 };
    }
    throw GIVE_UP;
  }
}

/**
 * Reads `text` (YAML line ends already made `\n`) as the `yaml` document reader would, recording
 * into `offsets` when given; undefined when the text is beyond this reader.
 */
export function readBlockYaml(text: string, offsets?: Map<string, number>): { data: unknown } | undefined {
  if (UNREAD_CHARACTERS.test(text)) return undefined;
  try {
    return { data: new BlockReader(text, offsets).document() };
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}
