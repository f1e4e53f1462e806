import { format } from '@cdktf/hcl-tools';
import fc from 'fast-check';
import { generatePipeline, templates } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { planExport } from '../../src/plan/index.js';
import { emitTerraform, importTerraform } from '../../src/terraform/index.js';
import { pipeline } from './arbitraries.js';
import { everyArgument, unsupportedFields } from './fixtures.js';
import { listCorpus, readCorpusText } from '../../../../test-support/corpus.mjs';
import { listFixtures, readFixtureText } from '../../../../test-support/fixtures.mjs';

/*
 * The emitted HCL is laid out exactly as `terraform fmt` lays it out: hclwrite.Format (the
 * function behind `terraform fmt`, compiled to WASM in @cdktf/hcl-tools) leaves every export
 * unchanged, the re-exports of the fixtures and of the corpus (tagged `corpus`) with their kept
 * dynamic blocks and expressions included.
 */

type Exports = [string, string][];

function add(out: Exports, name: string, plan: Parameters<typeof emitTerraform>[0]): void {
  out.push([name, emitTerraform(plan).text]);
}

function reExports(out: Exports, files: { name: string; text: () => string }[]): void {
  for (const file of files) {
    const imported = importTerraform(file.text());
    if (!imported.ok) continue;
    for (const p of imported.pipelines) {
      add(out, `${file.name} ${p.id}`, planExport(p.pipeline, { target: 'terraform', extras: p.extras }));
    }
  }
}

function exports(): Exports {
  const out: Exports = [];
  for (const t of templates) add(out, t.id, planExport(t.pipeline, { target: 'terraform', monitoring: true }));
  add(out, 'every argument', planExport(everyArgument, { target: 'terraform' }));
  add(out, 'unsupported fields', planExport(unsupportedFields, { target: 'terraform' }));
  const generated = generatePipeline({ stages: 5, actionsPerStage: 4, seed: 9 });
  add(out, 'generated', planExport(generated, { target: 'terraform' }));
  reExports(
    out,
    listFixtures('tf').map((f) => ({ name: `fixtures/tf/${f}`, text: () => readFixtureText('tf', f) })),
  );
  return out;
}

function corpusExports(): Exports {
  const out: Exports = [];
  for (const dir of [
    ['real', 'tf'],
    ['peers', 'tf-acc'],
  ]) {
    const files = listCorpus(...dir).filter((f) => f.endsWith('.tf'));
    reExports(
      out,
      files.map((f) => ({ name: `${dir.join('/')}/${f}`, text: () => readCorpusText(...dir, f) })),
    );
  }
  return out;
}

async function changedByFormat(texts: Exports): Promise<string[]> {
  const changed: string[] = [];
  for (const [name, text] of texts) if ((await format(text)) !== text) changed.push(name);
  return changed;
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
    expect(texts.length).toBeGreaterThan(13);
    expect(await changedByFormat(texts)).toEqual([]);
  });

  it('hclwrite.Format changes nothing in the corpus re-exports', { tags: ['corpus'] }, async () => {
    const texts = corpusExports();
    expect(texts.length).toBeGreaterThan(40);
    expect(await changedByFormat(texts)).toEqual([]);
  });
});
