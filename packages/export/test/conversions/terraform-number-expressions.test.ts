import { describe, expect, it } from 'vitest';
import { exportPipeline } from '../../src/export-pipeline.js';
import { importPipelines } from '../../src/import/import-pipelines.js';
import type { ImportedPipeline } from '../../src/import/types.js';
import { botocoreAvailable, validateCreatePipeline } from '../support/botocore.js';
import { synthOnly } from '../support/cdk-harness.js';
import { cfnLint, cfnLintAvailable } from '../support/cfn-lint.js';
import { fixtureBytes } from './support.js';

/*
 * Issue 17 item 8, integer fields: `run_order = var.approval_order` is a CloudFormation `Number`
 * parameter (a CDK CfnParameter of type Number, read as `valueAsNumber`), described by the
 * expression, instead of being dropped. Judged by cfn-lint and, for the JSON, botocore.
 */

function importFixture(name: string): ImportedPipeline {
  const result = importPipelines(fixtureBytes(name), { fileName: name });
  if (!result.ok) throw new Error(result.error.message);
  return result.pipelines[0]!;
}

const source = importFixture('terraform-number-expression.tf');
const exported = (target: 'cloudformation-json' | 'cloudformation' | 'cdk' | 'json') =>
  exportPipeline(source.pipeline, target, { extras: source.extras });

describe('Terraform expressions in integer fields', () => {
  it('CloudFormation: a Number parameter described by the expression, referenced where the integer stands', () => {
    const { text, warnings } = exported('cloudformation-json');
    const template = JSON.parse(text) as {
      Parameters: Record<string, { Type: string; Description: string }>;
      Resources: { Ordered: { Properties: { Stages: { Actions: { RunOrder?: unknown }[] }[] } } };
    };
    expect(template.Parameters['ApprovalOrder']).toEqual({
      Type: 'Number',
      Description: 'Terraform expression var.approval_order',
    });
    const release = template.Resources.Ordered.Properties.Stages[1]!;
    expect(release.Actions.map((a) => a.RunOrder)).toEqual([1, { Ref: 'ApprovalOrder' }]);
    expect(warnings.map((w) => w.code)).not.toContain('opaque-removed');
    expect(warnings.find((w) => w.path === '/stages/1/actions/1/runOrder')?.message).toContain(
      'Number parameter ApprovalOrder',
    );
  });

  it('CDK: a CfnParameter of type Number, read as a number', () => {
    const { text } = exported('cdk');
    expect(text).toMatch(/new cdk\.CfnParameter\(this, 'ApprovalOrder', \{\s*type: 'Number',/);
    expect(text).toContain('runOrder: approvalOrder.valueAsNumber');
  });

  it('JSON: no parameters there and a placeholder is no integer, so the field is left out, the expression named', () => {
    const { text, warnings } = exported('json');
    const actions = (JSON.parse(text) as { pipeline: { stages: { actions: { runOrder?: unknown }[] }[] } }).pipeline
      .stages[1]!.actions;
    expect(actions.map((a) => a.runOrder)).toEqual([1, undefined]);
    const warning = warnings.find((w) => w.path === '/stages/1/actions/1/runOrder');
    expect(warning?.code).toBe('opaque-removed');
    expect(warning?.message).toContain('var.approval_order');
    if (botocoreAvailable()) expect(validateCreatePipeline({ json: text })).toEqual({ json: '' });
  });

  it.skipIf(!cfnLintAvailable())(
    'cfn-lint finds no error in the CloudFormation exports and the CDK synthesis',
    { timeout: 180_000 },
    () => {
      const synth = synthOnly([{ name: 'ordered', source: exported('cdk').text, className: 'OrderedStack' }]);
      const synthesized = synth.templates.get('ordered');
      expect(synthesized, synth.synthErrors.get('ordered')).toBeDefined();
      const matches = cfnLint([
        { name: 'ordered.yaml', text: exported('cloudformation').text },
        { name: 'ordered.json', text: exported('cloudformation-json').text },
        { name: 'ordered-cdk.json', text: JSON.stringify(synthesized) },
      ]);
      expect(matches.filter((m) => m.level === 'Error').map((m) => `${m.file} ${m.rule} ${m.path.join('/')}`)).toEqual(
        [],
      );
    },
  );
});
