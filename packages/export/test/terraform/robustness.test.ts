import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTerraform } from '../../src/terraform/index.js';

/* Bad input always gives a result (an error with a position, or pipelines), never a crash. */

const corpusFile = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus/real/tf/039.tf');
const sample = readFileSync(corpusFile, 'utf8');

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

  it('handles a real file cut, spliced or with characters dropped anywhere', () => {
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
