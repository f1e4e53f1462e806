import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** Deeper than any pipeline; also keeps the recursive parser far from the stack limit. */
export const MAX_DEPTH = 512;

export type SyntaxResult = { ok: true; root: Node } | { ok: false; message: string; offset: number };

/**
 * Strict JSON, position-aware: the API's JSON has no comments and no trailing
 * commas, so both are errors here even though jsonc-parser could accept them.
 */
export function parseJsonTree(text: string): SyntaxResult {
  const tooDeep = offsetBeyondDepth(text, MAX_DEPTH);
  if (tooDeep !== undefined) {
    return { ok: false, message: `JSON nested deeper than ${MAX_DEPTH} levels`, offset: tooDeep };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    if (text.trim() === '') return { ok: false, message: 'empty file: expected a JSON object', offset: 0 };
    const comma = trailingCommaBefore(text, first.offset);
    if (comma !== undefined) return { ok: false, message: 'trailing comma is not allowed in JSON', offset: comma };
    return { ok: false, message: describeSyntaxError(text, first), offset: first.offset };
  }
  if (!root) return { ok: false, message: 'empty file: expected a JSON object', offset: 0 };
  return { ok: true, root };
}

function describeSyntaxError(text: string, error: ParseError): string {
  const found = describeToken(text, error.offset, error.length);
  switch (printParseErrorCode(error.error)) {
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'comments are not allowed in JSON';
    case 'ValueExpected':
      return `expected a value, found ${found}`;
    case 'PropertyNameExpected':
      return `expected a property name in double quotes, found ${found}`;
    case 'ColonExpected':
      return `expected ':' after the property name, found ${found}`;
    case 'CommaExpected':
      return `expected ',' or a closing bracket, found ${found}`;
    case 'CloseBraceExpected':
      return `expected ',' or '}', found ${found}`;
    case 'CloseBracketExpected':
      return `expected ',' or ']', found ${found}`;
    case 'EndOfFileExpected':
      return text[error.offset] === ':'
        ? `unexpected ':' after the end of the JSON value (is the opening '{' missing?)`
        : `unexpected ${found} after the end of the JSON value`;
    case 'InvalidSymbol':
      return `unexpected ${found}`;
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return `invalid number ${found}`;
    case 'UnexpectedEndOfString':
      return 'unterminated string';
    case 'InvalidUnicode':
      return 'invalid \\u escape in string';
    case 'InvalidEscapeCharacter':
      return 'invalid escape character in string';
    case 'InvalidCharacter':
      return 'invalid control character in string (escape it)';
    default:
      return `invalid JSON near ${found}`;
  }
}

function describeToken(text: string, offset: number, length: number): string {
  if (offset >= text.length) return 'the end of the file';
  const token = text.slice(offset, offset + Math.max(1, Math.min(length, 20)));
  return JSON.stringify(token);
}

/** The offset of a comma right before a `}`/`]` at `offset` (only whitespace between), if any. */
function trailingCommaBefore(text: string, offset: number): number | undefined {
  const next = text[offset];
  if (next !== '}' && next !== ']') return undefined;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] as string)) i--;
  return text[i] === ',' ? i : undefined;
}

/** Offset of the first bracket that opens level `max + 1`, skipping strings; iterative. */
export function offsetBeyondDepth(text: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Jump to the closing quote with native indexOf (strings are most of a pipeline's text): the first
      // quote after an even run of backslashes; an unterminated string runs to the end.
      let quote = text.indexOf('"', i + 1);
      while (quote !== -1 && escapedAt(text, quote)) quote = text.indexOf('"', quote + 1);
      if (quote === -1) return undefined;
      i = quote;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
    }
  }
  return undefined;
}

/** Whether the character at `offset` follows an odd number of backslashes. */
function escapedAt(text: string, offset: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(offset - 1 - backslashes) === 92 /* \ */) backslashes++;
  return backslashes % 2 === 1;
}
