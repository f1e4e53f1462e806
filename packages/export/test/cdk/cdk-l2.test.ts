import { deepEqual, type Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { exportPipeline } from '../../src/export-pipeline.js';
import type { ImportExtras } from '../../src/types.js';
import { compileAndSynth } from '../support/cdk-harness.js';
import { corpusCases, patternCases, terraformCases } from '../support/cases.js';
import { undoL2Additions, type L2Difference } from './l2-compare.js';
import { L2_FIXTURE } from './l2-fixture.js';
import { comparableSynth, firstDifference } from './synth-compare.js';

/*
 * `--cdk-style l2`: every export compiles in ONE tsc program and synthesizes in ONE aws-cdk-lib
 * process to the same resources as the CloudFormation export, allowing only what L2 adds by
 * design (`l2-compare.ts`), each difference counted and listed. A pipeline L2 cannot hold is
 * written as L1 with a `cdk-l2-unavailable` warning, and must synthesize the same too.
 */

interface Input {
  name: string;
  pipeline: Pipeline;
  extras?: ImportExtras;
}

function judge(inputs: Input[]): void {
  const cases = inputs.map((input, i) => {
    const options = { monitoring: true, ...(input.extras ? { extras: input.extras } : {}) };
    const l2 = exportPipeline(input.pipeline, 'cdk', { ...options, cdkStyle: 'l2' });
    const cfn = exportPipeline(input.pipeline, 'cloudformation-json', options);
    return {
      name: `l2case${i}${input.name.replace(/[^A-Za-z0-9]/g, '')}`,
      source: l2.text,
      className: /export class (\w+) extends cdk\.Stack/.exec(l2.text)?.[1] ?? '',
      expected: JSON.parse(cfn.text) as Record<string, unknown>,
      warnings: l2.warnings,
      l2: l2.text.includes('new codepipeline.Pipeline('),
    };
  });
  const outcome = compileAndSynth(cases);
  if (outcome.diagnostics.length > 0) console.log(outcome.diagnostics.slice(0, 40).join('\n'));
  expect(outcome.diagnostics).toEqual([]);
  // A broken input (a required property missing, warned cdk-incomplete) compiles; CDK refuses to synthesize it.
  const incomplete = cases.filter((c) => c.warnings.some((w) => w.code === 'cdk-incomplete'));
  for (const c of incomplete) expect(outcome.synthErrors.get(c.name), c.name).toMatch(/required/i);
  expect(
    Object.fromEntries([...outcome.synthErrors].filter(([name]) => !incomplete.some((c) => c.name === name))),
  ).toEqual({});
  const allowed = new Map<L2Difference, number>();
  const mismatches: string[] = [];
  for (const c of cases) {
    const synthesized = outcome.templates.get(c.name);
    if (!synthesized) continue;
    const { template, differences } = undoL2Additions(synthesized, c.expected);
    for (const d of differences) allowed.set(d, (allowed.get(d) ?? 0) + 1);
    const actual = comparableSynth(template)['Resources'];
    const want = comparableSynth(c.expected)['Resources'];
    if (!deepEqual(actual, want)) mismatches.push(`${c.name} ${firstDifference(actual, want)}`);
  }
  const overrides = cases.flatMap((c) => c.warnings.filter((w) => w.code === 'cdk-l2-override'));
  const declared = cases.flatMap((c) => c.warnings.filter((w) => w.code === 'cdk-l2-declared'));
  const count = (pattern: RegExp) => cases.reduce((n, c) => n + (c.source.match(pattern)?.length ?? 0), 0);
  const classes = new Map<string, number>();
  for (const c of cases)
    for (const m of c.source.matchAll(/new codepipeline_actions\.(\w+)\(/g))
      classes.set(m[1]!, (classes.get(m[1]!) ?? 0) + 1);
  // Every DeclaredAction says why (the class that cannot express it and the fields, or no class).
  expect(declared.length).toBe(count(/new DeclaredAction\(/g));
  const unavailable = cases.filter((c) => !c.l2);
  console.log(
    [
      `CDK L2: ${cases.length} exports, ${cases.length - unavailable.length} written as codepipeline.Pipeline, ${unavailable.length} kept L1 (cdk-l2-unavailable)`,
      ...unavailable.map(
        (c) => `    ${c.name}: ${c.warnings.find((w) => w.code === 'cdk-l2-unavailable')?.message ?? ''}`,
      ),
      `  synthesized to the CloudFormation export's resources: ${cases.length - incomplete.length - mismatches.length}; broken inputs refused by synthesis as with L1: ${incomplete.length}`,
      `  differences L2 adds by design, by the number of exports with each: ${[...allowed].map(([d, n]) => `${d} ${n}`).join(', ') || 'none'}`,
      `  fields set as L1 overrides (cdk-l2-override): ${overrides.length}, e.g. ${[...new Set(overrides.map((w) => w.path))].slice(0, 6).join(', ')}`,
      `  actions as codepipeline_actions classes: ${[...classes.values()].reduce((a, b) => a + b, 0)} (${[...classes].map(([k, n]) => `${k} ${n}`).join(', ')}); as DeclaredAction (cdk-l2-declared): ${declared.length}`,
      ...[
        ...new Set(
          declared.map((w) =>
            w.message.replace(/^Action .*? is a DeclaredAction \(its provider and configuration as declared\): /, ''),
          ),
        ),
      ].map((m) => `    ${m}`),
      `  triggers as L2 props: ${count(/^\s+triggers: \[/gm)}; stage conditions as L2 props: ${count(/^\s+(beforeEntry|onSuccess|onFailure): \{/gm)}`,
    ].join('\n'),
  );
  expect(mismatches).toEqual([]);
  for (const c of unavailable)
    expect(
      c.warnings.map((w) => w.code),
      c.name,
    ).toContain('cdk-l2-unavailable');
}

describe('CDK L2 export', () => {
  it('writes the seven patterns as codepipeline.Pipeline that synthesizes to the CloudFormation export', () => {
    const patterns = patternCases();
    expect(patterns).toHaveLength(7);
    judge(patterns);
  }, 300_000);

  it('writes every codepipeline_actions class, triggers and stage conditions as L2 props, and synthesizes the same', () => {
    const out = exportPipeline(L2_FIXTURE, 'cdk', { cdkStyle: 'l2' });
    for (const name of [
      'CodeStarConnectionsSourceAction',
      'CodeCommitSourceAction',
      'S3SourceAction',
      'EcrSourceAction',
      'CommandsAction',
      'LambdaInvokeAction',
      'CloudFormationCreateReplaceChangeSetAction',
      'CloudFormationExecuteChangeSetAction',
      'CloudFormationCreateUpdateStackAction',
      'S3DeployAction',
      'CodeDeployServerDeployAction',
      'EcsDeployAction',
      'StepFunctionInvokeAction',
      'CloudFormationDeleteStackAction',
    ])
      expect(out.text, name).toContain(`new codepipeline_actions.${name}(`);
    expect(out.text).not.toContain('DeclaredAction');
    expect(out.text).not.toContain('addPropertyOverride');
    for (const prop of ['triggers: [', 'beforeEntry: {', 'onSuccess: {', 'onFailure: {'])
      expect(out.text, prop).toContain(prop);
    expect(out.warnings.map((w) => w.code)).not.toContain('cdk-l2-declared');
    judge([{ name: 'every-class', pipeline: L2_FIXTURE }]);
  }, 300_000);

  it('writes a DeclaredAction or an L1 override for what an L2 class cannot express, naming the field', () => {
    const pipeline = structuredClone(L2_FIXTURE);
    const source = pipeline.stages[0]!.actions[1]!;
    source.configuration = { ...source.configuration, OutputArtifactFormat: 'CODE_ZIP' };
    const trigger = pipeline.triggers![0]!;
    trigger.gitConfiguration!.pullRequest = [{ branches: { includes: ['main'] } }];
    const out = exportPipeline(pipeline, 'cdk', { cdkStyle: 'l2' });
    const declared = out.warnings.find((w) => w.code === 'cdk-l2-declared');
    expect(declared?.path).toBe('/stages/0/actions/1');
    expect(declared?.message).toContain('CodeCommitSourceAction cannot express Configuration.OutputArtifactFormat');
    // L2 fills in all three pull-request events: a filter without them stays an override.
    expect(out.warnings.filter((w) => w.code === 'cdk-l2-override').map((w) => w.path)).toEqual(['/triggers']);
  });

  it('synthesizes the corpus to its CloudFormation exports', { tags: ['corpus'], timeout: 300_000 }, () => {
    judge([...corpusCases(), ...terraformCases()]);
  });
});
