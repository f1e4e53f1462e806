import { describe, expect, it } from 'vitest';
import { NAME_SPECS, nameProblem, sanitizeName, uniqueName } from '../../src/index.js';

describe('uniqueName', () => {
  it('gives the base when free, else the first free base2, base3...', () => {
    const taken = new Set(['Build', 'Build2']);
    expect(uniqueName('Deploy', (n) => taken.has(n))).toBe('Deploy');
    expect(uniqueName('Build', (n) => taken.has(n))).toBe('Build3');
  });
  it('stays within the length limit, suffix included', () => {
    const long = 'x'.repeat(100);
    const name = uniqueName(long, (n) => n === long, 100);
    expect(name).toBe(`${'x'.repeat(99)}2`);
    expect(nameProblem(name, NAME_SPECS.action)).toBeUndefined();
  });
});

describe('sanitizeName', () => {
  it('replaces what the name rule does not allow with -, and gives up on nothing left', () => {
    expect(sanitizeName('My build!', NAME_SPECS.action)).toBe('My-build-');
    expect(sanitizeName('a.b@c', NAME_SPECS.artifact)).toBe('a-b-c');
    expect(sanitizeName('!!', NAME_SPECS.stage)).toBeUndefined();
  });
});
