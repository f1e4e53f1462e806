import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dynamicOf, type Pipeline } from '@pipewright/model';
import { validate } from '@pipewright/validator';
import { describe, expect, it } from 'vitest';
import { exportPipeline } from '../../src/export-pipeline.js';
import { importPipelines } from '../../src/import/import-pipelines.js';
import type { ImportedPipeline } from '../../src/import/types.js';
import { parseHcl } from '../../src/terraform/import/hcl2json.js';
import type { ExportTarget } from '../../src/types.js';
import { botocoreAvailable, validateCreatePipeline } from '../support/botocore.js';
import { compileAndSynth } from '../support/cdk-harness.js';
import { cfnLint, cfnLintAvailable } from '../support/cfn-lint.js';

/*
 * Structure the source decides (issue 15 bullets 1-2, issue 17 items 1-3 and 6), on two
 * fixtures of our own: `Fn::If` around an action type, a configuration block, a whole action
 * and a whole stage; Terraform `dynamic "stage"` (over a list), `dynamic "action"` (a boolean
 * choice) and `for_each` on the resource. Each goes through import, validation and every
 * export, judged by the real tool of the target: cfn-lint, aws-cdk-lib synth (+ cfn-lint of
 * what it synthesizes), the HCL parser (hcl2json) and botocore's parameter validation.
 */

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(join(here, name), 'utf8');
const CONDITIONAL = fixture('conditional.yaml');
const DYNAMIC = fixture('dynamic.tf');

const lintable = cfnLintAvailable();
const boto = botocoreAvailable();
if (!lintable) console.error('\n!!! cfn-lint is NOT installed: structural cfn-lint checks are SKIPPED !!!\n');
if (!boto) console.error('\n!!! python3 botocore is NOT installed: structural API JSON checks are SKIPPED !!!\n');

function importOne(text: string, fileName: string): ImportedPipeline {
  const result = importPipelines(new TextEncoder().encode(text), { fileName });
  if (!result.ok) throw new Error(`${result.error.line}:${result.error.column} ${result.error.message}`);
  expect(result.pipelines).toHaveLength(1);
  return result.pipelines[0]!;
}

const exportOf = (p: ImportedPipeline, target: ExportTarget) =>
  exportPipeline(p.pipeline, target, { extras: p.extras });
const errors = (pipeline: Pipeline) => validate(pipeline).filter((d) => d.severity === 'error');
const warningsAt = (result: { warnings: { code: string; path?: string }[] }, code: string) =>
  result.warnings
    .filter((w) => w.code === code)
    .map((w) => w.path)
    .sort();

/** Lints templates in one cfn-lint run; returns `file rule path` of every error. */
function lintErrors(files: { name: string; text: string }[]): string[] {
  return cfnLint(files)
    .filter((m) => m.level === 'Error')
    .map((m) => `${m.file} ${m.rule} ${m.path.join('/')}: ${m.message}`);
}

describe('Fn::If where the model needs structure (CloudFormation)', () => {
  const imported = importOne(CONDITIONAL, 'conditional.yaml');
  const stages = imported.pipeline.stages;

  it('imports each conditional as the branch that is present, with the other one beside it', () => {
    expect(stages.map((s) => s.name)).toEqual(['Fetch', 'Compile', 'SignOff', 'Ship']);
    const checkout = stages[0]!.actions[0]!;
    expect(checkout.actionTypeId.provider).toBe('S3');
    expect(checkout['$ifFields']).toMatchObject({
      actionTypeId: { condition: 'UseS3', branch: 'then', other: { provider: 'CodeCommit' } },
      configuration: { condition: 'UseS3', branch: 'then', other: { RepositoryName: 'web' } },
    });
    expect(stages[1]!.actions.map((a) => a.name)).toEqual(['Compile', 'Audit']);
    expect(stages[1]!.actions[1]!['$if']).toEqual({
      source: 'cloudformation',
      condition: 'IsProd',
      branch: 'then',
      other: null,
    });
    expect(stages[2]!['$if']).toMatchObject({ condition: 'IsProd', branch: 'then', other: { name: 'Smoke' } });
    expect(stages[3]!.actions[0]!['$ifFields']).toMatchObject({
      configuration: { condition: 'IsProd', other: { BucketName: 'web-dev-111122223333' } },
    });
  });

  it('validates every branch: no false error on the valid template, a broken other branch reported at its place', () => {
    expect(errors(imported.pipeline)).toEqual([]);
    const broken = importOne(CONDITIONAL.replace('ProjectName: web-smoke', 'ProjektName: web-smoke'), 'b.yaml');
    const found = validate(broken.pipeline).filter((d) => d.path.startsWith('/stages/2/$if/other'));
    expect(found.map((d) => `${d.ruleId} ${d.path}`)).toContain(
      'action-config-required /stages/2/$if/other/actions/0/configuration/ProjectName',
    );
    // The Audit action is absent when IsProd is false: the variant without it is checked too.
    const alone = importOne(
      CONDITIONAL.replace(
        'InputArtifacts: [{Name: Code}]\n                RunOrder: 2',
        'OutputArtifacts: [{Name: Bundle}]',
      ),
      'c.yaml',
    );
    expect(validate(alone.pipeline).map((d) => `${d.ruleId} ${d.path}`)).toContain(
      'artifact-output-unique /stages/1/actions/1/outputArtifacts/0/name',
    );
  });

  it('exports back to CloudFormation unchanged (YAML and JSON), and cfn-lint accepts both', () => {
    for (const target of ['cloudformation', 'cloudformation-json'] as const) {
      const out = exportOf(imported, target);
      expect(warningsAt(out, 'conditional-branch-picked')).toEqual([]);
      const again = importOne(out.text, `again.${target === 'cloudformation' ? 'yaml' : 'json'}`);
      expect(again.pipeline).toEqual(imported.pipeline);
    }
    if (!lintable) return;
    expect(
      lintErrors([
        { name: 'source.yaml', text: CONDITIONAL },
        { name: 'export.yaml', text: exportOf(imported, 'cloudformation').text },
        { name: 'export.json', text: exportOf(imported, 'cloudformation-json').text },
      ]),
    ).toEqual([]);
  });

  it('exports to Terraform as dynamic blocks on bool variables, in place, which the HCL parser reads back', () => {
    const out = exportOf(imported, 'terraform');
    expect(parseHcl(out.text).ok).toBe(true);
    expect(out.text).toMatch(/variable "use_s3" \{[^}]*type += bool/);
    expect(out.text).toMatch(/variable "is_prod" \{[^}]*type += bool/);
    expect(warningsAt(out, 'conditional-as-dynamic')).toEqual(
      ['/stages/0/actions/0', '/stages/1/actions/1', '/stages/2', '/stages/3/actions/0'].sort(),
    );
    const back = importOne(out.text, 'back.tf').pipeline;
    // Every branch is there, in the source's order, each under its for_each.
    expect(back.stages.map((s) => s.name)).toEqual(['Fetch', 'Compile', 'SignOff', 'Smoke', 'Ship']);
    expect(back.stages[0]!.actions.map((a) => `${a.actionTypeId.provider as string} ${dynamicOf(a)?.forEach}`)).toEqual(
      ['S3 ${var.use_s3 ? [1] : []}', 'CodeCommit ${var.use_s3 ? [] : [1]}'],
    );
    expect(dynamicOf(back.stages[2])?.forEach).toBe('${var.is_prod ? [1] : []}');
    expect(dynamicOf(back.stages[3])?.forEach).toBe('${var.is_prod ? [] : [1]}');
    expect(back.stages[1]!.actions.map((a) => a.name)).toEqual(['Compile', 'Audit']);
    expect(back.stages[4]!.actions.map((a) => a.configuration?.['BucketName'])).toEqual([
      'web-prod-111122223333',
      'web-dev-111122223333',
    ]);
    expect(errors(back)).toEqual([]);
  });

  it('exports to API JSON with the shown branch, naming each conditional whose other branch is lost; botocore accepts it', () => {
    const out = exportOf(imported, 'json');
    expect(out.text).not.toContain('$if');
    expect(warningsAt(out, 'conditional-branch-picked')).toEqual(
      [
        '/stages/0/actions/0/actionTypeId',
        '/stages/0/actions/0/configuration',
        '/stages/1/actions/1',
        '/stages/2',
        '/stages/3/actions/0/configuration',
      ].sort(),
    );
    const picked = out.warnings.find((w) => w.path === '/stages/2')?.message ?? '';
    expect(picked).toContain('SignOff');
    expect(picked).toContain('Smoke');
    const written = JSON.parse(out.text) as { pipeline: Pipeline };
    expect(written.pipeline.stages.map((s) => s.name)).toEqual(['Fetch', 'Compile', 'SignOff', 'Ship']);
    if (boto) expect(validateCreatePipeline({ export: out.text })).toEqual({ export: '' });
  });
});

describe('Terraform dynamic blocks and for_each on the resource', () => {
  const imported = importOne(DYNAMIC, 'dynamic.tf');
  const stages = imported.pipeline.stages;

  it('imports each dynamic block as a template where it was, with for_each and the iterator fields as expressions', () => {
    expect(stages.map((s) => s.name)).toEqual([
      'Source',
      'Build',
      { $opaque: 'terraform', expr: 'Deploy-${env.value.name}' },
      'Notify',
    ]);
    expect(stages[2]!['$dynamic']).toEqual({ forEach: '${var.environments}', iterator: 'env', explicitIterator: true });
    expect(stages[2]!.actions[0]!.configuration?.['BucketName']).toEqual({
      $opaque: 'terraform',
      expr: '${env.value.bucket}',
    });
    expect(stages[1]!.actions.map((a) => a.name)).toEqual(['Audit', 'Compile']);
    expect(stages[1]!.actions[0]!['$dynamic']).toEqual({ forEach: '${var.run_audit ? [1] : []}', iterator: 'action' });
    expect(imported.pipeline['$repeat']).toEqual({ forEach: '${var.branches}' });
    expect(imported.fidelity.opaque.map((o) => o.path)).toEqual(
      expect.arrayContaining(['/stages/1/actions/0', '/stages/2', '/$repeat']),
    );
  });

  it('validates inside the templates, and leaves what for_each decides open', () => {
    expect(errors(imported.pipeline)).toEqual([]);
    const broken = importOne(DYNAMIC.replace('provider        = "S3"', 'provider        = "S4"'), 'b.tf');
    expect(errors(broken.pipeline).map((d) => d.path)).toContain('/stages/2/actions/0/actionTypeId/provider');
  });

  it('exports back to Terraform with every block where it was (HCL), losslessly', () => {
    const out = exportOf(imported, 'terraform');
    expect(parseHcl(out.text).ok).toBe(true);
    expect(out.warnings.map((w) => w.code)).not.toContain('import-extras-dropped');
    expect(out.text).toContain('  for_each = var.branches\n');
    const at = (text: string) => out.text.indexOf(text);
    expect(at('dynamic "stage"')).toBeGreaterThan(at('name = "Build"'));
    expect(at('dynamic "stage"')).toBeLessThan(at('name = "Notify"'));
    expect(at('dynamic "action"')).toBeLessThan(at('name             = "Compile"'));
    expect(importOne(out.text, 'again.tf').pipeline).toEqual(imported.pipeline);
    // .tf.json keeps static and dynamic blocks under two keys: the move is named.
    const json = exportOf(imported, 'terraform-json');
    expect(warningsAt(json, 'terraform-json-order')).toEqual(['/stages/1/actions/0', '/stages/2']);
  });

  it('exports to CloudFormation: the boolean choice as Fn::If on a parameter, the list template named as lost; cfn-lint accepts it', () => {
    const out = exportOf(imported, 'cloudformation-json');
    const template = JSON.parse(out.text) as Record<string, Record<string, unknown>>;
    expect(template['Parameters']?.['RunAudit']).toMatchObject({ Type: 'String', AllowedValues: ['true', 'false'] });
    expect(template['Conditions']?.['RunAuditIsTrue']).toEqual({ 'Fn::Equals': [{ Ref: 'RunAudit' }, 'true'] });
    const properties = (template['Resources']?.['Web'] as { Properties: { Stages: { Actions: unknown[] }[] } })
      .Properties;
    expect(properties.Stages.map((s) => (s as unknown as { Name: string }).Name)).toEqual([
      'Source',
      'Build',
      'Notify',
    ]);
    expect(properties.Stages[1]!.Actions[0]).toMatchObject({
      'Fn::If': ['RunAuditIsTrue', { Name: 'Audit' }, { Ref: 'AWS::NoValue' }],
    });
    expect(warningsAt(out, 'dynamic-as-condition')).toEqual(['/stages/1/actions/0']);
    expect(warningsAt(out, 'dynamic-dropped')).toEqual(['/stages/2']);
    expect(out.warnings.find((w) => w.code === 'dynamic-dropped')?.message).toContain('var.environments');
    expect(warningsAt(out, 'resource-repeat-dropped')).toEqual(['/$repeat']);
    if (lintable) {
      expect(
        lintErrors([
          { name: 'tf.yaml', text: exportOf(imported, 'cloudformation').text },
          { name: 'tf.json', text: out.text },
        ]),
      ).toEqual([]);
    }
  });

  it('exports to API JSON without the list template (named) and with the choice as given; botocore accepts it', () => {
    const out = exportOf(imported, 'json');
    expect(out.text).not.toMatch(/\$dynamic|\$repeat/);
    expect(warningsAt(out, 'dynamic-dropped')).toEqual(['/stages/2']);
    expect(warningsAt(out, 'dynamic-flattened')).toEqual(['/stages/1/actions/0']);
    const written = JSON.parse(out.text) as { pipeline: Pipeline };
    expect(written.pipeline.stages.map((s) => s.name)).toEqual(['Source', 'Build', 'Notify']);
    if (boto) expect(validateCreatePipeline({ export: out.text })).toEqual({ export: '' });
  });
});

describe('CDK export of both fixtures', () => {
  it('synthesizes with aws-cdk-lib to the CloudFormation export (Fn::If tokens, the Terraform choice as a CfnCondition)', () => {
    const inputs = [
      { name: 'conditional', p: importOne(CONDITIONAL, 'conditional.yaml') },
      { name: 'dynamic', p: importOne(DYNAMIC, 'dynamic.tf') },
    ];
    const cases = inputs.map(({ name, p }) => {
      const text = exportOf(p, 'cdk').text;
      return { name, source: text, className: /export class (\w+) extends cdk\.Stack/.exec(text)?.[1] ?? '' };
    });
    const outcome = compileAndSynth(cases);
    expect(outcome.diagnostics).toEqual([]);
    expect([...outcome.synthErrors]).toEqual([]);
    inputs.forEach(({ name, p }) => {
      const synthesized = outcome.templates.get(name) as {
        Resources: Record<string, { Type: string; Properties: unknown }>;
      };
      const pipeline = Object.values(synthesized.Resources).find((r) => r.Type === 'AWS::CodePipeline::Pipeline');
      const cfn = JSON.parse(exportOf(p, 'cloudformation-json').text) as {
        Resources: Record<string, { Type: string; Properties: unknown }>;
      };
      const expected = Object.values(cfn.Resources).find((r) => r.Type === 'AWS::CodePipeline::Pipeline');
      expect(pipeline?.Properties, name).toEqual(expected?.Properties);
    });
    const dynamic = outcome.templates.get('dynamic') as Record<string, Record<string, unknown>>;
    expect(dynamic['Conditions']?.['RunAuditIsTrue']).toEqual({ 'Fn::Equals': [{ Ref: 'RunAudit' }, 'true'] });
    if (lintable) {
      expect(lintErrors([{ name: 'cdk-dynamic.json', text: JSON.stringify(dynamic) }])).toEqual([]);
    }
  }, 600_000);
});
