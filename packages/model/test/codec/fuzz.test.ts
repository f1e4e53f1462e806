import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Pipeline, parsePipelineJson, type PipelineJsonResult } from '../../src/index.js';
import { corpusSet, fixtureSet } from '../helpers/corpus.js';

/*
 * parsePipelineJson must never throw, whatever the bytes: every failure is an
 * error value with a 1-based line and column, and every success is schema-valid.
 */

// Seeds: the shared corpus's JSON files when it is there, else the team's own fixtures.
const seedSet = corpusSet().entries.length > 0 ? corpusSet() : fixtureSet();
const corpus = seedSet.entries.filter((e) => e.kind === 'json').map((e) => seedSet.read(e.file));

/** The line/column of `offset` in `text`, counted independently of the codec. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
}

function check(input: string | Uint8Array): PipelineJsonResult {
  let result: PipelineJsonResult | undefined;
  expect(() => (result = parsePipelineJson(input))).not.toThrow();
  if (!result) throw new Error('no result');
  if (result.ok) {
    expect(Pipeline.safeParse(result.document.pipeline).success).toBe(true);
  } else {
    const { line, column, offset, message } = result.error;
    expect(Number.isInteger(line) && line >= 1).toBe(true);
    expect(Number.isInteger(column) && column >= 1).toBe(true);
    expect(Number.isInteger(offset) && offset >= 0).toBe(true);
    expect(message.length).toBeGreaterThan(0);
    if (typeof input === 'string') {
      const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
      expect(offset).toBeLessThanOrEqual(text.length);
      expect({ line, column }).toEqual(positionOf(text, offset));
    }
  }
  return result;
}

const corpusFile = fc.constantFrom(...corpus);

describe('parsePipelineJson fuzzing', () => {
  it('survives random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => void check(bytes)),
      { numRuns: 500, seed: 1 },
    );
  });

  it('survives random strings and random JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.json({ maxDepth: 6 })), (text) => {
        check(text);
      }),
      { numRuns: 500, seed: 2 },
    );
  });

  it(`survives truncated ${seedSet.name} files`, () => {
    fc.assert(
      fc.property(corpusFile, fc.double({ min: 0, max: 1, noNaN: true }), (bytes, fraction) => {
        check(bytes.subarray(0, Math.floor(bytes.length * fraction)));
        check(new TextDecoder().decode(bytes.subarray(0, Math.floor(bytes.length * fraction))));
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it(`survives mutated ${seedSet.name} files (byte flips, insertions, deletions)`, () => {
    const mutation = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      kind: fc.constantFrom('flip', 'insert', 'delete'),
      byte: fc.integer({ min: 0, max: 255 }),
      length: fc.integer({ min: 1, max: 16 }),
    });
    fc.assert(
      fc.property(corpusFile, fc.array(mutation, { minLength: 1, maxLength: 5 }), (original, mutations) => {
        let bytes = Uint8Array.from(original);
        for (const m of mutations) {
          const at = Math.floor(bytes.length * m.at);
          if (m.kind === 'flip') bytes[at] = m.byte;
          else if (m.kind === 'insert')
            bytes = Uint8Array.from([...bytes.subarray(0, at), m.byte, ...bytes.subarray(at)]);
          else bytes = Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + m.length)]);
        }
        check(bytes);
        check(new TextDecoder().decode(bytes));
      }),
      { numRuns: 300, seed: 4 },
    );
  });

  it('survives JSON nested 10,000 deep, in every position', () => {
    const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    for (const text of [
      deepArray,
      deepObject,
      `{"pipeline": ${deepObject}}`,
      `{"name":"n","roleArn":"r","stages":[],"x":${deepArray}}`,
      '['.repeat(10_000),
      `"${'\\"['.repeat(10_000)}"`,
    ]) {
      const result = check(text);
      expect(result.ok, text.slice(0, 40)).toBe(false);
    }
    // Strings full of brackets are not nesting.
    const quoted = `{"name":"${'['.repeat(20_000)}","roleArn":"r","stages":[]}`;
    expect(check(quoted).ok).toBe(true);
  });

  it('survives invalid UTF-8 and UTF-16', () => {
    const utf16 = (bom: number[]) =>
      fc.uint8Array({ maxLength: 256 }).map((body) => Uint8Array.from([...bom, ...body]));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ minLength: 1, maxLength: 256 }).map((b) => b.map((x) => x | 0x80)),
          fc.uint8Array({ maxLength: 256 }).map((b) => Uint8Array.from([0xef, 0xbb, 0xbf, ...b])),
          utf16([0xff, 0xfe]),
          utf16([0xfe, 0xff]),
        ),
        (bytes) => void check(bytes),
      ),
      { numRuns: 400, seed: 5 },
    );
    // Lone surrogates in both byte orders, and a string input carrying one.
    expect(check(Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x00, 0xdc])).ok).toBe(false);
    expect(check(Uint8Array.from([0xfe, 0xff, 0x00, 0x7b, 0xd8, 0x00])).ok).toBe(false);
    expect(check('{"name":"\uD800","roleArn":"r","stages":[]}').ok).toBe(true);
  });
});
