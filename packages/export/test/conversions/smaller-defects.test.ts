import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { exportPipeline } from '../../src/export-pipeline.js';
import { importPipelines } from '../../src/import/import-pipelines.js';
import type { ImportedPipeline } from '../../src/import/types.js';
import { parseHcl } from '../../src/terraform/import/hcl2json.js';
import { botocoreAvailable, validateCreatePipeline } from '../support/botocore.js';
import { cfnLint, cfnLintAvailable } from '../support/cfn-lint.js';
import { fixtureBytes } from './support.js';

/* Issue 17 item 10: Terraform 0.11 `configuration {}` blocks reach every target; a template without a Name says what happens. */

function importFixture(name: string): ImportedPipeline {
  const result = importPipelines(fixtureBytes(name), { fileName: name.split('/').pop() ?? name });
  if (!result.ok) throw new Error(result.error.message);
  return result.pipelines[0]!;
}

describe('Terraform 0.11 configuration blocks', () => {
  const source = importFixture('matrix/terraform-0.11-configuration.tf');
  const expected = [{ RepositoryName: 'legacy', BranchName: 'master' }, { ProjectName: 'legacy-build' }];

  it('import into the model (nothing kept aside)', () => {
    expect(source.pipeline.stages.map((s) => s.actions[0]?.configuration)).toEqual(expected);
    expect(source.fidelity.unrepresented).toEqual([]);
  });

  it('reach the create-pipeline JSON, which botocore accepts', () => {
    const { text } = exportPipeline(source.pipeline, 'json', { extras: source.extras });
    const stages = (JSON.parse(text) as { pipeline: { stages: { actions: { configuration?: unknown }[] }[] } }).pipeline
      .stages;
    expect(stages.map((s) => s.actions[0]?.configuration)).toEqual(expected);
    if (botocoreAvailable()) expect(validateCreatePipeline({ text })).toEqual({ text: '' });
  });

  it('reach CloudFormation, without a cfn-lint error', () => {
    const { text } = exportPipeline(source.pipeline, 'cloudformation', { extras: source.extras });
    const template = parseYaml(text) as {
      Resources: Record<string, { Properties: { Stages: { Actions: { Configuration?: unknown }[] }[] } }>;
    };
    const stages = Object.values(template.Resources)[0]?.Properties.Stages ?? [];
    expect(stages.map((s) => s.Actions[0]?.Configuration)).toEqual(expected);
    if (cfnLintAvailable())
      expect(cfnLint([{ name: 'legacy.yaml', text }]).filter((m) => m.level === 'Error')).toEqual([]);
  });

  it('are written back to HCL as the map argument Terraform 0.12+ accepts (read by hcl2json)', () => {
    const { text } = exportPipeline(source.pipeline, 'terraform', { extras: source.extras });
    const parsed = parseHcl(text);
    expect(parsed.ok).toBe(true);
    const resource = parsed.ok
      ? ((parsed.value['resource'] as Record<string, Record<string, { stage: { action: unknown[] }[] }[]>>)[
          'aws_codepipeline'
        ]?.['legacy']?.[0] ?? { stage: [] })
      : { stage: [] };
    // hcl2json gives an argument as an object and a block as a list of objects.
    expect(resource.stage.map((s) => (s.action[0] as { configuration: unknown }).configuration)).toEqual(expected);
  });
});

describe('a CloudFormation pipeline without a Name', () => {
  const source = importFixture('matrix/no-name.yaml');

  it.each(['json', 'terraform', 'terraform-json'] as const)(
    '%s: named after its logical id, and the warning says so at /name',
    (target) => {
      const { warnings } = exportPipeline(source.pipeline, target, { extras: source.extras });
      expect(warnings.filter((w) => w.path === '/name').map((w) => w.code)).toEqual(['name-from-logical-id']);
    },
  );

  it('CloudFormation: still without a Name, and no such warning', () => {
    const { text, warnings } = exportPipeline(source.pipeline, 'cloudformation', { extras: source.extras });
    expect(text).not.toMatch(/^\s+Name: Release$/m);
    expect(warnings.map((w) => w.code)).not.toContain('name-from-logical-id');
  });

  it('a name set in the designer is not called the logical id', () => {
    const renamed = { ...source.pipeline, name: 'release-pipeline' };
    const { warnings } = exportPipeline(renamed, 'json', { extras: source.extras });
    expect(warnings.map((w) => w.code)).not.toContain('name-from-logical-id');
  });
});
