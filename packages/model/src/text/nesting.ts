/*
 * The one nesting limit of every reader, checked before any parser runs: the recursive
 * parsers (jsonc-parser, the `yaml` package, HashiCorp's HCL parser in WASM) overflow their
 * stacks on text nested thousands deep, and the WASM runtime does not survive it. Real
 * pipelines nest a few dozen levels; past `MAX_NESTING` a file is refused with the position
 * of the bracket (or YAML indentation) that goes one level too deep.
 */

export const MAX_NESTING = 256;

export type NestingSyntax = 'json' | 'yaml' | 'hcl';

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const HASH = 35;
const SLASH = 47;
const BACKSLASH = 92;

const isOpen = (c: number) => c === 123 /* { */ || c === 91 /* [ */ || c === 40; /* ( */
const isClose = (c: number) => c === 125 /* } */ || c === 93 /* ] */ || c === 41; /* ) */
/** YAML block indicators that open a level when followed by a space or a line end. */
const isIndicator = (c: number) => c === 45 /* - */ || c === 63 /* ? */ || c === 58; /* : */
const isLineEnd = (c: number) => c === LF || c === CR;
/**
 * The ASCII characters the scan acts on (quotes, comment starts, brackets, line ends) as a bit
 * per code, 32 to a word: `"#/()` `[]{}` and `\n\r`.
 */
const ACTS_ON = [0x2400, 0x830c, 0x28000000, 0x28000000];
const actsOn = (c: number) => c < 128 && ((ACTS_ON[c >> 5] as number) >>> (c & 31)) & 1;

export function nestingMessage(max = MAX_NESTING): string {
  return `nested deeper than ${max} levels`;
}

/**
 * The offset where nesting first goes past `max`, or undefined. Counts brackets outside
 * double-quoted strings (and, in YAML and HCL, comments); in YAML a line's indentation and
 * block indicators (`- `, `? `, `: `) count as levels too (an upper bound: each level takes
 * a column).
 */
export function offsetBeyondNesting(text: string, syntax: NestingSyntax, max = MAX_NESTING): number | undefined {
  let depth = 0;
  let i = 0;
  const length = text.length;
  const yaml = syntax === 'yaml';
  // A line starts at the text's start and after each line end (the only places it can).
  let lineStart = yaml;
  while (i < length) {
    if (lineStart) {
      lineStart = false;
      const start = i;
      for (;;) {
        const c = text.charCodeAt(i);
        if (c === SPACE) i++;
        else if (isIndicator(c) && (text.charCodeAt(i + 1) === SPACE || isLineEnd(text.charCodeAt(i + 1)))) i++;
        else break;
      }
      if (depth + (i - start) > max) return i;
      if (i >= length) break;
    }
    const c = text.charCodeAt(i);
    // Most characters are none of those below: skipped with one test (a third of the time).
    if (!actsOn(c)) {
      i++;
      continue;
    }
    if (c === QUOTE) {
      const close = closingQuote(text, i);
      if (close === undefined) return undefined; // an unterminated string runs to the end
      i = close + 1;
      continue;
    }
    if (syntax !== 'json' && startsComment(text, i, c, syntax)) {
      const end = lineEnd(text, i);
      if (end === undefined) return undefined;
      i = end;
      continue;
    }
    if (isOpen(c)) {
      if (++depth > max) return i;
    } else if (isClose(c)) {
      if (depth > 0) depth--;
    } else if (isLineEnd(c)) {
      lineStart = yaml;
    }
    i++;
  }
  return undefined;
}

/** The closing quote of the string opening at `open`: the first quote after an even run of backslashes. */
function closingQuote(text: string, open: number): number | undefined {
  // Native indexOf jumps over the string (strings are most of a pipeline's text).
  let quote = text.indexOf('"', open + 1);
  while (quote !== -1 && escapedAt(text, quote)) quote = text.indexOf('"', quote + 1);
  return quote === -1 ? undefined : quote;
}

function escapedAt(text: string, offset: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(offset - 1 - backslashes) === BACKSLASH) backslashes++;
  return backslashes % 2 === 1;
}

function lineEnd(text: string, from: number): number | undefined {
  for (let i = from; i < text.length; i++) if (isLineEnd(text.charCodeAt(i))) return i;
  return undefined;
}

function startsComment(text: string, i: number, c: number, syntax: 'yaml' | 'hcl'): boolean {
  if (syntax === 'hcl') return c === HASH || (c === SLASH && text.charCodeAt(i + 1) === SLASH);
  // YAML: `#` starts a comment only at a line start or after white space (`a#b` is a plain scalar).
  if (c !== HASH) return false;
  const before = i === 0 ? LF : text.charCodeAt(i - 1);
  return before === SPACE || before === TAB || isLineEnd(before);
}
