import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { exportPipeline } from '../../src/export-pipeline.js';
import { importPipelines } from '../../src/import/import-pipelines.js';
import type { ImportedPipeline } from '../../src/import/types.js';
import { botocoreAvailable, validateCreatePipeline } from '../support/botocore.js';
import { synthOnly } from '../support/cdk-harness.js';
import { cfnLint, cfnLintAvailable } from '../support/cfn-lint.js';
import { fixtureBytes } from './support.js';

/*
 * Terraform expressions are parameters of the target, not `PLACEHOLDER(...)` strings: one per
 * distinct expression, described by the expression itself. Judged by cfn-lint (the
 * CloudFormation exports and the CDK export's synthesized template) and botocore (the JSON).
 */

function importFixture(name: string): ImportedPipeline {
  const result = importPipelines(fixtureBytes(name), { fileName: name });
  if (!result.ok) throw new Error(result.error.message);
  const [first] = result.pipelines;
  if (!first) throw new Error('no pipeline');
  return first;
}

const source = importFixture('matrix/terraform-references.tf');
const exported = (target: 'cloudformation' | 'cloudformation-json' | 'cdk' | 'json') =>
  exportPipeline(source.pipeline, target, { extras: source.extras });

const expectedParameters = {
  Environment: 'var.environment',
  IamRolePipelineArn: 'aws_iam_role.pipeline.arn',
  S3BucketArtifactsBucket: 'aws_s3_bucket.artifacts.bucket',
  CheckoutBranchName: 'var.environment == "prod" ? "main" : "develop"',
  CodestarconnectionsConnectionGithubArn: 'aws_codestarconnections_connection.github.arn',
  BuildProject: 'local.build_project',
};

describe('Terraform expressions become parameters of the target', () => {
  it('CloudFormation: one parameter per distinct expression, referenced with Ref or Fn::Sub', () => {
    const { text, warnings } = exported('cloudformation');
    expect(text).not.toContain('PLACEHOLDER(');
    const template = parseYaml(text, {
      customTags: ['!Ref', '!Sub'].map((tag) => ({ tag, resolve: (v: string) => ({ [tag]: v }) })),
    }) as {
      Parameters: Record<string, { Type: string; Description: string }>;
      Resources: { Storefront: { Properties: Record<string, unknown> } };
    };
    expect(Object.keys(template.Parameters).sort()).toEqual(Object.keys(expectedParameters).sort());
    for (const [name, expression] of Object.entries(expectedParameters)) {
      expect(template.Parameters[name]?.Type).toBe('String');
      expect(template.Parameters[name]?.Description).toContain(expression);
    }
    const props = template.Resources.Storefront.Properties;
    expect(props['RoleArn']).toEqual({ '!Ref': 'IamRolePipelineArn' });
    expect(props['Name']).toEqual({ '!Sub': 'storefront-${Environment}' });
    const deploy = (props['Stages'] as { Actions: { Configuration: Record<string, unknown> }[] }[])[2];
    expect(deploy?.Actions[0]?.Configuration['BucketName']).toEqual({ '!Sub': 'storefront-${Environment}-site' });
    expect(warnings.filter((w) => w.code === 'opaque-placeholder')).toEqual([]);
    expect(warnings.filter((w) => w.code === 'expression-parameter').map((w) => w.path)).toEqual([
      '/name',
      '/roleArn',
      '/stages/0/actions/0/configuration/BranchName',
      '/stages/0/actions/0/configuration/ConnectionArn',
      '/stages/1/actions/0/configuration/ProjectName',
      '/stages/2/actions/0/configuration/BucketName',
      '/artifactStore/location',
    ]);
  });

  it('JSON: a <your-...> placeholder per expression, named in a warning with the expression', () => {
    const { text, warnings } = exported('json');
    expect(text).not.toContain('PLACEHOLDER(');
    const pipeline = (JSON.parse(text) as { pipeline: Record<string, unknown> }).pipeline;
    expect(pipeline['roleArn']).toBe('<your-iam-role-pipeline-arn>');
    expect(pipeline['name']).toBe('storefront-<your-environment>');
    const roleWarning = warnings.find((w) => w.code === 'expression-parameter' && w.path === '/roleArn');
    expect(roleWarning?.message).toContain('aws_iam_role.pipeline.arn');
    expect(roleWarning?.message).toContain('<your-iam-role-pipeline-arn>');
  });

  it.skipIf(!botocoreAvailable())('JSON: botocore accepts the create-pipeline input', () => {
    expect(validateCreatePipeline({ json: exported('json').text })).toEqual({ json: '' });
  });

  it.skipIf(!cfnLintAvailable())(
    'cfn-lint finds no error in the CloudFormation exports and the CDK synthesis',
    { timeout: 180_000 },
    () => {
      const cdk = exported('cdk');
      // Type-checked with every other CDK export in cdk.test.ts; here only synthesized.
      const outcome = synthOnly([{ name: 'terraform_references', source: cdk.text, className: 'StorefrontStack' }]);
      const synthesized = outcome.templates.get('terraform_references');
      expect(synthesized, outcome.synthErrors.get('terraform_references')).toBeDefined();
      const matches = cfnLint([
        { name: 'export.yaml', text: exported('cloudformation').text },
        { name: 'export.json', text: exported('cloudformation-json').text },
        { name: 'cdk-synth.json', text: JSON.stringify(synthesized) },
      ]);
      expect(matches.filter((m) => m.level === 'Error').map((m) => `${m.file} ${m.rule} ${m.path.join('/')}`)).toEqual(
        [],
      );
      expect(Object.keys((synthesized?.['Parameters'] ?? {}) as object)).toEqual(
        expect.arrayContaining(Object.keys(expectedParameters)),
      );
    },
  );
});
