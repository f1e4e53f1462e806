import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { nestingMessage, offsetBeyondNesting } from '../text/nesting.js';

export type SyntaxResult = { ok: true; root: Node } | { ok: false; message: string; offset: number };

/**
 * Strict JSON, position-aware: the API's JSON has no comments and no trailing
 * commas, so both are errors here even though jsonc-parser could accept them.
 */
export function parseJsonTree(text: string): SyntaxResult {
  const tooDeep = offsetBeyondNesting(text, 'json');
  if (tooDeep !== undefined) return { ok: false, message: nestingMessage(), offset: tooDeep };
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
