import { describe, expect, it } from 'vitest';
import { formatPointer, getAtPointer, parsePointer } from '../src/index.js';

describe('JSON pointers', () => {
  it('parses and formats with RFC 6901 escapes', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/stages/1/actions/0/name')).toEqual(['stages', '1', 'actions', '0', 'name']);
    expect(parsePointer('/a~1b/c~0d/~01')).toEqual(['a/b', 'c~d', '~1']);
    expect(parsePointer('#/a%20b')).toEqual(['a b']);
    expect(parsePointer('stages/0')).toEqual(['stages', '0']);
    expect(formatPointer(['a/b', 'c~d', 3])).toBe('/a~1b/c~0d/3');
    expect(parsePointer(formatPointer(['x/~y', ''])).join('|')).toBe('x/~y|');
  });

  it('reads values and never follows the prototype chain', () => {
    const doc = JSON.parse('{"stages":[{"name":"S","configuration":{"__proto__":"p"}}]}') as unknown;
    expect(getAtPointer(doc, '/stages/0/name')).toBe('S');
    expect(getAtPointer(doc, '/stages/0/configuration/__proto__')).toBe('p');
    expect(getAtPointer(doc, '/stages/0/constructor')).toBeUndefined();
    expect(getAtPointer(doc, '/stages/01')).toBeUndefined();
    expect(getAtPointer(doc, '/stages/5')).toBeUndefined();
    expect(getAtPointer(doc, '/stages/0/name/length')).toBeUndefined();
    expect(getAtPointer(doc, ['stages', 0, 'name'])).toBe('S');
    expect(getAtPointer(doc, '')).toBe(doc);
  });
});
