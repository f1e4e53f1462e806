import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from '@cdktf/hcl-tools';
import fc from 'fast-check';
import { generatePipeline, templates } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { planExport } from '../../src/plan/index.js';
import { emitTerraform, importTerraform } from '../../src/terraform/index.js';
import { pipeline } from './arbitraries.js';
import { everyArgument, unsupportedFields } from './fixtures.js';

/*
 * The emitted HCL is laid out exactly as `terraform fmt` lays it out: hclwrite.Format (the
 * function behind `terraform fmt`, compiled to WASM in @cdktf/hcl-tools) leaves every export
 * unchanged, the corpus re-exports with their kept dynamic blocks and expressions included.
 */

const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus');

function exports(): [string, string][] {
  const out: [string, string][] = [];
  const add = (name: string, plan: Parameters<typeof emitTerraform>[0]) => out.push([name, emitTerraform(plan).text]);
  for (const t of templates) add(t.id, planExport(t.pipeline, { target: 'terraform', monitoring: true }));
  add('every argument', planExport(everyArgument, { target: 'terraform' }));
  add('unsupported fields', planExport(unsupportedFields, { target: 'terraform' }));
  add('generated', planExport(generatePipeline({ stages: 5, actionsPerStage: 4, seed: 9 }), { target: 'terraform' }));
  for (const dir of ['real/tf', 'peers/tf-acc']) {
    for (const file of readdirSync(join(corpus, dir)).filter((f) => f.endsWith('.tf'))) {
      const imported = importTerraform(readFileSync(join(corpus, dir, file), 'utf8'));
      if (!imported.ok) continue;
      for (const p of imported.pipelines) {
        add(`${dir}/${file} ${p.id}`, planExport(p.pipeline, { target: 'terraform', extras: p.extras }));
      }
    }
  }
  return out;
}

describe('terraform fmt layout', () => {
  it('holds for random pipelines with hostile strings and keys', async () => {
    const samples = fc.sample(pipeline, { numRuns: 40, seed: 7 });
    const changed: string[] = [];
    for (const p of samples) {
      const text = emitTerraform(planExport(p, { target: 'terraform' })).text;
      if ((await format(text)) !== text) changed.push(text);
    }
    expect(changed).toEqual([]);
  });

  it('hclwrite.Format changes nothing in any export', async () => {
    const texts = exports();
    expect(texts.length).toBeGreaterThan(50);
    const changed: string[] = [];
    for (const [name, text] of texts) if ((await format(text)) !== text) changed.push(name);
    expect(changed).toEqual([]);
  });
});
