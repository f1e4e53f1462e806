/*
 * A cheap guard run before a recursive parser (the `yaml` package, HashiCorp's HCL parser in
 * WASM): text nested thousands deep overflows their stacks, and the WASM runtime does not
 * survive it (every later Terraform import then fails). Real pipelines nest a few dozen
 * levels; anything past `MAX_NESTING` is refused with its position instead.
 */

export const MAX_NESTING = 256;

const OPEN = new Set(['{', '[', '(']);
const CLOSE = new Set(['}', ']', ')']);

/**
 * The offset where nesting first goes past `max`, or undefined. Counts brackets outside
 * double-quoted strings and comments; for YAML, a line's indentation and block indicators
 * (`- `, `? `, `: `) count as levels too (an upper bound: each level takes a column).
 */
export function offsetBeyondNesting(text: string, max: number, syntax: 'yaml' | 'hcl'): number | undefined {
  let depth = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (lineStart && syntax === 'yaml') {
      let j = i;
      while (j < text.length) {
        const d = text[j];
        const next = text[j + 1];
        if (d === ' ') j++;
        else if ((d === '-' || d === '?' || d === ':') && (next === ' ' || next === '\n')) j++;
        else break;
      }
      if (depth + (j - i) > max) return j;
      i = j - 1;
      lineStart = false;
      continue;
    }
    lineStart = false;
    if (c === '\n') lineStart = true;
    else if (c === '"') i = endOfString(text, i);
    else if (startsComment(text, i, syntax)) {
      const end = text.indexOf('\n', i);
      if (end < 0) return undefined;
      i = end - 1;
    } else if (OPEN.has(c)) {
      if (++depth > max) return i;
    } else if (CLOSE.has(c)) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

function endOfString(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length;
}

function startsComment(text: string, i: number, syntax: 'yaml' | 'hcl'): boolean {
  const c = text[i];
  if (syntax === 'hcl') return c === '#' || (c === '/' && text[i + 1] === '/');
  // YAML: `#` starts a comment only at a line start or after white space (`a#b` is a plain scalar).
  return c === '#' && (i === 0 || /\s/.test(text[i - 1] as string));
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
