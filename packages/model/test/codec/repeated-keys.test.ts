import { describe, expect, it } from 'vitest';
import { parsePipelineJson } from '../../src/codec/parse.js';
import { repeatedJsonKeys, repeatedKeysOf } from '../../src/codec/repeated-keys.js';

describe('repeated JSON keys', () => {
  it('names each repeat with the pointer of its value and the offsets of both spellings, in text order', () => {
    const text = '{"a":{"b":1,"b":2},"a/~":[{"c":1,"\\u0063":2}],"a":0}';
    const at = (spelling: string, from = 0) => text.indexOf(spelling, from);
    expect(repeatedJsonKeys(text, JSON.parse(text))).toEqual([
      { pointer: '/a/b', key: 'b', first: at('"b"'), second: at('"b"', at('"b"') + 1) },
      { pointer: '/a~1~0/0/c', key: 'c', first: at('"c"'), second: at('"\\u0063"') },
      { pointer: '/a', key: 'a', first: 1, second: text.lastIndexOf('"a"') },
    ]);
  });

  it('finds none where every key is given once, `__proto__` included', () => {
    const text = '{"__proto__":{"x":1},"b":[{"b":1}]}';
    expect(repeatedJsonKeys(text, JSON.parse(text))).toEqual([]);
  });

  it('reads a document as parsed, in each of its shapes, without parsing it again', () => {
    const declaration = '"name":"p","roleArn":"r","stages":[{"name":"S","actions":[]}]';
    for (const [text, pointer] of [
      [`{${declaration},"name":"q"}`, '/name'],
      [`{"pipeline":{${declaration}},"metadata":{},"metadata":{}}`, '/metadata'],
    ] as const) {
      const read = parsePipelineJson(text);
      if (!read.ok) throw new Error(read.error.message);
      expect(repeatedKeysOf(read.document).map((r) => r.pointer)).toEqual([pointer]);
    }
  });
});
