import { validate } from '@pipewright/validator';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { exportPipeline } from '../../src/export-pipeline.js';
import { importPipelines } from '../../src/import/import-pipelines.js';
import { parseHcl } from '../../src/terraform/import/hcl2json.js';
import { botocoreAvailable, validateCreatePipeline } from '../support/botocore.js';
import { cfnLint, cfnLintAvailable } from '../support/cfn-lint.js';
import { fixtureBytes } from './support.js';

/*
 * `artifactStore.region` is not an API member: validate reports it, the JSON and CloudFormation
 * exports move the store to artifactStores under that Region (botocore and cfn-lint judge
 * them), and the Terraform export says why it leaves region out (the provider rejects it on a
 * single store), instead of claiming the provider has no region argument.
 */

const result = importPipelines(fixtureBytes('matrix/artifact-store-region.json'), { fileName: 'store.json' });
if (!result.ok) throw new Error(result.error.message);
const source = result.pipelines[0]!;

describe('artifactStore.region', () => {
  it('is an error of artifact-store-valid, with a fix', () => {
    const found = validate(source.pipeline).filter((d) => d.path === '/artifactStore/region');
    expect(found.map((d) => [d.ruleId, d.severity, d.fix !== undefined])).toEqual([
      ['artifact-store-valid', 'error', true],
    ]);
  });

  it('JSON: moves to artifactStores under its Region, which botocore accepts', () => {
    const { text, warnings } = exportPipeline(source.pipeline, 'json');
    const pipeline = (JSON.parse(text) as { pipeline: Record<string, unknown> }).pipeline;
    expect(pipeline['artifactStore']).toBeUndefined();
    expect(pipeline['artifactStores']).toEqual({ 'eu-west-2': { type: 'S3', location: 'regional-release-artifacts' } });
    expect(warnings.filter((w) => w.path === '/artifactStore/region').map((w) => w.code)).toEqual([
      'artifact-store-region',
    ]);
    if (botocoreAvailable()) expect(validateCreatePipeline({ text })).toEqual({ text: '' });
  });

  it('CloudFormation: ArtifactStores with the Region, no cfn-lint error', () => {
    const { text } = exportPipeline(source.pipeline, 'cloudformation');
    const template = parseYaml(text) as { Resources: Record<string, { Properties: Record<string, unknown> }> };
    const props = Object.values(template.Resources)[0]?.Properties ?? {};
    expect(props['ArtifactStore']).toBeUndefined();
    expect(props['ArtifactStores']).toEqual([
      { Region: 'eu-west-2', ArtifactStore: { Type: 'S3', Location: 'regional-release-artifacts' } },
    ]);
    if (cfnLintAvailable())
      expect(cfnLint([{ name: 'store.yaml', text }]).filter((m) => m.level === 'Error')).toEqual([]);
  });

  it('Terraform: left out with the reason the provider gives, never "no argument for region"', () => {
    for (const target of ['terraform', 'terraform-json'] as const) {
      const { text, warnings } = exportPipeline(source.pipeline, target);
      const mine = warnings.filter((w) => w.path === '/artifactStore/region');
      expect(
        mine.map((w) => w.code),
        target,
      ).toEqual(['terraform-provider-rejects']);
      expect(mine[0]?.message).not.toMatch(/no argument/);
      const hcl = target === 'terraform' ? parseHcl(text) : { ok: true as const, value: JSON.parse(text) as object };
      expect(hcl.ok, target).toBe(true);
      expect(JSON.stringify(hcl.ok ? hcl.value : {})).not.toContain('eu-west-2');
    }
  });
});
