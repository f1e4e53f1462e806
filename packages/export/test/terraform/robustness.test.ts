import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTerraform } from '../../src/terraform/index.js';
import { readCorpusText } from '../../../../test-support/corpus.mjs';
import { readFixtureText } from '../../../../test-support/fixtures.mjs';

/* Bad input always gives a result (an error with a position, or pipelines), never a crash. */

/** Files to damage: a real one from the corpus (tagged: skipped without it) and a fixture of ours. */
const samples = [
  { name: 'a real file', tags: ['corpus'], read: () => readCorpusText('real', 'tf', '039.tf') },
  { name: 'a fixture with dynamic blocks', tags: [], read: () => readFixtureText('tf', '01-expressions.tf') },
];

function check(text: string): void {
  const result = importTerraform(text);
  if (!result.ok) {
    expect(result.error.line).toBeGreaterThanOrEqual(1);
    expect(result.error.column).toBeGreaterThanOrEqual(1);
    expect(result.error.message.length).toBeGreaterThan(0);
    return;
  }
  for (const p of result.pipelines) expect(p.locate('/stages/0/actions/0/name')).toBeDefined();
}

describe('importTerraform on damaged input', () => {
  it('handles arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), check), { numRuns: 150 });
  });

  for (const { name, tags, read } of samples)
    it(`handles ${name} cut, spliced or with characters dropped anywhere`, { tags }, () => {
      const sample = read();
      fc.assert(
        fc.property(
          fc.nat(sample.length),
          fc.nat(sample.length),
          fc.constantFrom('', '{', '}', '"', '${', '=', '\n', '[', 'dynamic "stage" {', '<<EOT\n'),
          (from, to, insert) => check(sample.slice(0, Math.min(from, to)) + insert + sample.slice(Math.max(from, to))),
        ),
        { numRuns: 150 },
      );
    });

  it('handles JSON that is not a Terraform file', () => {
    for (const text of [
      '{}',
      '[]',
      '{"resource": 1}',
      '{"resource": {"aws_codepipeline": {"x": [1, null]}}}',
      '{"a":',
    ]) {
      check(text);
    }
  });
});
