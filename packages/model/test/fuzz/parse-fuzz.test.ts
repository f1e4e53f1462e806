import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPipelineJson, generatePipeline, parsePipelineJson, type PipelineJsonResult } from '../../src/index.js';

/*
 * parsePipelineJson under fuzzing: whatever the text, a result comes back (never an
 * exception); an error's line and column are the position of its offset in the text; a
 * document's source map points inside the text, at the value it names. The importers'
 * fuzzing run (packages/export/test/fuzz, `npm run test:fuzz`) drives it 10,000 times more.
 */

/** Line and column of an offset the way the codec counts them (`\r\n`, `\n`, `\r` end lines; UTF-16 columns). */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function parse(input: string): PipelineJsonResult {
  let result: PipelineJsonResult | undefined;
  expect(() => (result = parsePipelineJson(input))).not.toThrow();
  return result as PipelineJsonResult;
}

const valid = fc
  .record({
    stages: fc.integer({ min: 2, max: 4 }),
    actions: fc.integer({ min: 1, max: 3 }),
    seed: fc.nat(),
    shape: fc.constantFrom('create-pipeline' as const, 'bare' as const),
  })
  .map(({ stages, actions, seed, shape }) =>
    formatPipelineJson(generatePipeline({ stages, actionsPerStage: actions, seed }), shape),
  );

/** A valid file with a slice cut out, a character put in, or its line ends changed. */
const damaged = fc
  .record({
    text: valid,
    at: fc.nat(),
    length: fc.nat({ max: 40 }),
    insert: fc.string({ maxLength: 3 }),
    crlf: fc.boolean(),
  })
  .map(({ text, at, length, insert, crlf }) => {
    const i = at % (text.length + 1);
    const cut = text.slice(0, i) + insert + text.slice(i + length);
    return crlf ? cut.replace(/\n/g, '\r\n') : cut;
  });

describe('parsePipelineJson under fuzzing', () => {
  it('locates every error at its offset, for damaged files, random JSON and random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(damaged, fc.json({ maxDepth: 8 }), fc.string({ unit: 'binary', maxLength: 300 })),
        (text) => {
          const result = parse(text);
          if (result.ok) return;
          const { line, column, offset, message } = result.error;
          expect(message.length).toBeGreaterThan(0);
          expect(offset).toBeGreaterThanOrEqual(0);
          // The BOM, if any, is not part of the text offsets refer to.
          const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
          expect(offset).toBeLessThanOrEqual(body.length);
          expect({ line, column }).toEqual(positionOf(body, offset));
        },
      ),
      { numRuns: 400, seed: 1126 },
    );
  });

  it('maps every stage and action pointer of a document inside the text, back to itself', () => {
    fc.assert(
      fc.property(valid, fc.boolean(), (text, crlf) => {
        const source = crlf ? text.replace(/\n/g, '\r\n') : text;
        const result = parse(source);
        if (!result.ok) throw new Error(result.error.message);
        const { pipeline, sourceMap } = result.document;
        pipeline.stages.forEach((stage, i) => {
          for (const pointer of [
            `/stages/${i}/name`,
            ...stage.actions.map((_, j) => `/stages/${i}/actions/${j}/name`),
          ]) {
            const range = sourceMap.rangeOf(pointer);
            expect(range).toBeDefined();
            if (!range) continue;
            expect(range.offset + range.length).toBeLessThanOrEqual(source.length);
            expect(positionOf(source, range.offset)).toEqual({ line: range.line, column: range.column });
            expect(sourceMap.pointerAt(range.offset + 1)).toBe(pointer);
          }
        });
      }),
      { numRuns: 60, seed: 1127 },
    );
  });

  it('refuses nesting 10,000 deep in every bracket kind with a position, never a stack overflow', () => {
    for (const [open, close] of [
      ['[', ']'],
      ['{"a":', '}'],
    ] as const) {
      for (const text of [
        `{"pipeline": ${open.repeat(10_000)}1${close.repeat(10_000)}}`,
        `${open.repeat(10_000)}`,
        `{"name":"p","roleArn":"r","stages":[{"name":"s","actions":[{"name":"a","configuration":${open.repeat(10_000)}`,
      ]) {
        const result = parse(text);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(positionOf(text, result.error.offset)).toEqual({
            line: result.error.line,
            column: result.error.column,
          });
      }
    }
  });
});
