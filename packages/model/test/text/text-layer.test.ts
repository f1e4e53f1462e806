import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFailurePosition, decodeText } from '../../src/text/decode.js';
import { LineIndex } from '../../src/text/line-index.js';
import { MAX_NESTING, offsetBeyondNesting } from '../../src/text/nesting.js';
import { escapePointerSegment, unescapePointerSegment } from '../../src/text/pointer-segment.js';

describe('offsetBeyondNesting', () => {
  it('finds the bracket that opens the level past the maximum', () => {
    expect(offsetBeyondNesting('{"a":[{"b":1}]}', 'json', 2)).toBe(6);
    expect(offsetBeyondNesting('{"a":[{"b":1}]}', 'json', 3)).toBeUndefined();
  });

  it('skips brackets inside strings, escaped quotes included', () => {
    expect(offsetBeyondNesting('{"a":"[[[\\"[[[","b":[]}', 'json', 1)).toBe(20);
    expect(offsetBeyondNesting('{"a":"\\\\","b":[]}', 'json', 1)).toBe(14); // an escaped backslash ends before the quote
  });

  it('treats an unterminated string as running to the end', () => {
    expect(offsetBeyondNesting('{"a":"[[[[', 'json', 1)).toBeUndefined();
  });

  it('skips comments in HCL and YAML, not in JSON', () => {
    expect(offsetBeyondNesting('a = 1 # [[[\nb = [[1]]', 'hcl', 2)).toBeUndefined();
    expect(offsetBeyondNesting('a = 1 // [[[\rb = [[1]]', 'hcl', 2)).toBeUndefined();
    expect(offsetBeyondNesting('a: 1 # [[[\rb: 2', 'yaml', 2)).toBeUndefined();
    expect(offsetBeyondNesting('a: b#[[[', 'yaml', 2)).toBe(7); // `b#[[[` is a plain scalar, not a comment
  });

  it('counts YAML indentation after any line end as levels', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const text = ['a:', '  b:', '    c: 1'].join(end);
      expect(offsetBeyondNesting(text, 'yaml', 4)).toBeUndefined();
      expect(offsetBeyondNesting(text, 'yaml', 3)).toBe(text.indexOf('c'));
    }
  });

  it('finds what the plain per-character scan finds, on text made of the characters it acts on', () => {
    const text = fc
      .array(
        fc.constantFrom(
          '"',
          '\\',
          '#',
          '/',
          '{',
          '[',
          '(',
          ')',
          ']',
          '}',
          '\n',
          '\r',
          ' ',
          '- ',
          ': ',
          '? ',
          'a',
          'é',
          '\t',
        ),
        {
          maxLength: 60,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('json', 'yaml', 'hcl'), fc.integer({ min: 0, max: 6 }), (t, syntax, max) => {
        expect(offsetBeyondNesting(t, syntax, max)).toBe(referenceOffsetBeyondNesting(t, syntax, max));
      }),
      { numRuns: 3000, seed: 20261204 },
    );
  });

  it('accepts MAX_NESTING levels and refuses one more, in every syntax', () => {
    for (const syntax of ['json', 'yaml', 'hcl'] as const) {
      expect(offsetBeyondNesting('['.repeat(MAX_NESTING) + ']'.repeat(MAX_NESTING), syntax)).toBeUndefined();
      expect(offsetBeyondNesting('['.repeat(MAX_NESTING + 1), syntax)).toBe(MAX_NESTING);
    }
  });
});

describe('LineIndex', () => {
  it('gives the same positions with \\n, \\r\\n and \\r line ends', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const text = ['ab', 'cde', '', 'f'].join(end);
      const lines = new LineIndex(text);
      expect(lines.position(text.indexOf('d'))).toEqual({ line: 2, column: 2 });
      expect(lines.position(text.indexOf('f'))).toEqual({ line: 4, column: 1 });
      expect(lines.position(0)).toEqual({ line: 1, column: 1 });
      expect([1, 2, 3, 4, 5].map((n) => lines.lineText(n))).toEqual(['ab', 'cde', '', 'f', undefined]);
    }
  });

  it('places an offset on a line end at the end of that line', () => {
    const lines = new LineIndex('ab\r\ncd');
    expect(lines.position(2)).toEqual({ line: 1, column: 3 });
    expect(lines.position(3)).toEqual({ line: 1, column: 4 });
    expect(lines.position(4)).toEqual({ line: 2, column: 1 });
  });
});

describe('pointer segments (RFC 6901)', () => {
  it('escapes ~ before / and unescapes in the opposite order', () => {
    expect(escapePointerSegment('a/b~c')).toBe('a~1b~0c');
    expect(escapePointerSegment(3)).toBe('3');
    expect(unescapePointerSegment('a~1b~0c')).toBe('a/b~c');
    expect(unescapePointerSegment('~01')).toBe('~1');
    for (const segment of ['', '~', '/', '~1', '~0/', 'plain']) {
      expect(unescapePointerSegment(escapePointerSegment(segment))).toBe(segment);
    }
  });
});

describe('decodeText', () => {
  it('places a decoding fault just past the text that decoded', () => {
    const bytes = new TextEncoder().encode('{\r"a": "\u00e9');
    const broken = Uint8Array.from([...bytes, 0xff]);
    const decoded = decodeText(broken);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decodeFailurePosition(decoded)).toEqual({ line: 2, column: 8, offset: 9 });
  });

  it('accepts exactly well-formed UTF-8 and names the first byte that is not', () => {
    // Lead, continuation and out-of-range bytes, so that overlong forms, surrogates and truncated
    // sequences come up; "ab" first keeps byte order marks and the UTF-16 guess out of it.
    const byte = fc.constantFrom(
      0x41,
      0x7f,
      0x80,
      0x9f,
      0xbf,
      0xc0,
      0xc2,
      0xdf,
      0xe0,
      0xed,
      0xef,
      0xf0,
      0xf4,
      0xf5,
      0xff,
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12 }), (tail) => {
        const bytes = Uint8Array.from([0x61, 0x62, ...tail]);
        const decoded = decodeText(bytes);
        if (decoded.ok) {
          // Only well-formed UTF-8 encodes back to the same bytes (a replaced byte would not).
          expect(Buffer.from(decoded.text, 'utf8').equals(Buffer.from(bytes))).toBe(true);
          return;
        }
        const at = Number(/at byte (\d+)$/.exec(decoded.message)?.[1]);
        expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, at))).toBe(decoded.text);
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      }),
      { numRuns: 3000 },
    );
  });
});

/** The scan as first written, one character at a time: the reference the faster one is held to. */
function referenceOffsetBeyondNesting(text: string, syntax: 'json' | 'yaml' | 'hcl', max: number): number | undefined {
  const isLineEnd = (c: number) => c === 10 || c === 13;
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    if (syntax === 'yaml' && (i === 0 || isLineEnd(text.charCodeAt(i - 1)))) {
      const lineStart = i;
      for (;;) {
        const c = text.charCodeAt(i);
        const next = text.charCodeAt(i + 1);
        if (c === 32) i++;
        else if ((c === 45 || c === 63 || c === 58) && (next === 32 || isLineEnd(next))) i++;
        else break;
      }
      if (depth + (i - lineStart) > max) return i;
      if (i >= text.length) break;
    }
    const c = text.charCodeAt(i);
    if (c === 34) {
      let quote = text.indexOf('"', i + 1);
      const escaped = (at: number) => {
        let n = 0;
        while (text.charCodeAt(at - 1 - n) === 92) n++;
        return n % 2 === 1;
      };
      while (quote !== -1 && escaped(quote)) quote = text.indexOf('"', quote + 1);
      if (quote === -1) return undefined;
      i = quote + 1;
      continue;
    }
    const before = i === 0 ? 10 : text.charCodeAt(i - 1);
    const comment =
      syntax === 'hcl'
        ? c === 35 || (c === 47 && text.charCodeAt(i + 1) === 47)
        : syntax === 'yaml' && c === 35 && (before === 32 || before === 9 || isLineEnd(before));
    if (comment) {
      let end = i;
      while (end < text.length && !isLineEnd(text.charCodeAt(end))) end++;
      if (end === text.length) return undefined;
      i = end;
      continue;
    }
    if (c === 123 || c === 91 || c === 40) {
      if (++depth > max) return i;
    } else if ((c === 125 || c === 93 || c === 41) && depth > 0) depth--;
    i++;
  }
  return undefined;
}
