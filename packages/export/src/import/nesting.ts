/*
 * A cheap guard run before a recursive parser (the `yaml` package, HashiCorp's HCL parser in
 * WASM): text nested thousands deep overflows their stacks, and the WASM runtime does not
 * survive it (every later Terraform import then fails). Real pipelines nest a few dozen
 * levels; anything past `MAX_NESTING` is refused with its position instead.
 */

export const MAX_NESTING = 256;

const NEWLINE = 10;
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

/**
 * The offset where nesting first goes past `max`, or undefined. Counts brackets outside
 * double-quoted strings and comments; for YAML, a line's indentation and block indicators
 * (`- `, `? `, `: `) count as levels too (an upper bound: each level takes a column).
 */
export function offsetBeyondNesting(text: string, max: number, syntax: 'yaml' | 'hcl'): number | undefined {
  let depth = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    if (syntax === 'yaml' && (i === 0 || text.charCodeAt(i - 1) === NEWLINE)) {
      const lineStart = i;
      for (;;) {
        const c = text.charCodeAt(i);
        const next = text.charCodeAt(i + 1);
        if (c === SPACE) i++;
        else if (isIndicator(c) && (next === SPACE || next === NEWLINE)) i++;
        else break;
      }
      if (depth + (i - lineStart) > max) return i;
      if (i >= length) break;
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = endOfString(text, i) + 1;
      continue;
    }
    if (startsComment(text, i, c, syntax)) {
      const end = text.indexOf('\n', i);
      if (end < 0) return undefined;
      i = end;
      continue;
    }
    if (isOpen(c)) {
      if (++depth > max) return i;
    } else if (isClose(c)) {
      if (depth > 0) depth--;
    }
    i++;
  }
  return undefined;
}

function endOfString(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return text.length;
}

function startsComment(text: string, i: number, c: number, syntax: 'yaml' | 'hcl'): boolean {
  if (syntax === 'hcl') return c === HASH || (c === SLASH && text.charCodeAt(i + 1) === SLASH);
  // YAML: `#` starts a comment only at a line start or after white space (`a#b` is a plain scalar).
  if (c !== HASH) return false;
  const before = i === 0 ? NEWLINE : text.charCodeAt(i - 1);
  return before === SPACE || before === TAB || before === NEWLINE || before === 13;
}

/** 1-based line and column of an offset (`\n`, `\r\n` and `\r` end lines). */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
