import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from './campaign.js';
import { inputsFor, type FuzzInput } from './inputs.js';
import { knownIssueOf } from './known-issues.js';
import { internalErrorMessage, prototypesTouched } from './oracle.js';
import { FUZZ_FORMATS } from './seeds.js';
import { specialInputs } from './specials.js';
import { targetsFor } from './targets.js';

/*
 * The quick slice of `npm run test:fuzz` that runs with every `npm test`: a few hundred
 * generated inputs per format (shrunk to the smallest failing one by fast-check) and every
 * special input but the 20 MB ones. No timing here: the full run measures time.
 */

const RUNS_PER_FORMAT = 150;

/** Everything wrong with one input's results, as readable lines (empty when all is well). */
function problemsOf(format: (typeof FUZZ_FORMATS)[number], input: FuzzInput): string[] {
  const problems: string[] = [];
  for (const target of targetsFor(format, input)) {
    let result: unknown;
    try {
      result = target.call(input);
    } catch (error) {
      problems.push(`${target.name} threw ${String(error)}`);
      continue;
    }
    const unknown = target.problems(result, input).filter((p) => !knownIssueOf(format, p));
    problems.push(...unknown.map((p) => `${target.name}: ${p}`));
    const internal = internalErrorMessage(result);
    if (internal) problems.push(`${target.name} hit an internal error: ${internal}`);
  }
  if (prototypesTouched()) problems.push('Object.prototype or Array.prototype changed');
  return problems;
}

describe.each(FUZZ_FORMATS)('%s importers under fuzzing (quick slice)', (format) => {
  const seeds = loadSeeds(format);
  const all = [...seeds.corpus, ...seeds.exported];

  it('have seeds to mutate', () => {
    expect(seeds.exported.length).toBeGreaterThan(0);
  });

  it(`survive ${RUNS_PER_FORMAT} generated and mutated inputs with a located error or a valid pipeline`, () => {
    fc.assert(
      fc.property(inputsFor(format, seeds), (input) => {
        expect(problemsOf(format, input).join('\n'), input.origin).toBe('');
      }),
      { numRuns: RUNS_PER_FORMAT, seed: 1126, includeErrorInReport: true },
    );
  });

  for (const special of specialInputs(format, all).filter((s) => !s.heavy)) {
    it(`survive ${special.kind}`, () => {
      expect(problemsOf(format, special).join('\n')).toBe('');
    });
  }
});
