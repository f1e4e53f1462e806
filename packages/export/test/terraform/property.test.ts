import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pipeline } from './arbitraries.js';
import { expectedAfterRoundTrip, roundTripBatch, type TerraformTarget } from './support.js';

/*
 * Random valid pipelines whose strings are hostile to a careless HCL writer (quotes,
 * backslashes, `${`, `%{`, backticks, comment closers, unicode, newlines, `__proto__` keys)
 * survive export -> real HCL parser -> import unchanged. Each run round-trips a batch of
 * pipelines through one parse.
 */

describe.each(['terraform', 'terraform-json'] as TerraformTarget[])('%s: hostile strings', (target) => {
  it('random pipelines survive export -> import unchanged', () => {
    fc.assert(
      fc.property(fc.array(pipeline, { minLength: 1, maxLength: 6 }), (pipelines) => {
        const { results, back } = roundTripBatch(target, pipelines);
        pipelines.forEach((_, i) => expect(back[i]).toEqual(expectedAfterRoundTrip(results[i]!)));
      }),
      { numRuns: 60 },
    );
  });
});
