import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/codec/line-index.js';
import { offsetBeyondDepth } from '../../src/codec/syntax.js';

describe('offsetBeyondDepth', () => {
  it('finds the bracket that opens the level past the maximum', () => {
    expect(offsetBeyondDepth('{"a":[{"b":1}]}', 2)).toBe(6);
    expect(offsetBeyondDepth('{"a":[{"b":1}]}', 3)).toBeUndefined();
  });

  it('skips brackets inside strings, escaped quotes included', () => {
    expect(offsetBeyondDepth('{"a":"[[[\\"[[[","b":[]}', 1)).toBe(20);
    expect(offsetBeyondDepth('{"a":"\\\\","b":[]}', 1)).toBe(14); // an escaped backslash ends before the quote
  });

  it('treats an unterminated string as running to the end', () => {
    expect(offsetBeyondDepth('{"a":"[[[[', 1)).toBeUndefined();
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
    }
  });
});
