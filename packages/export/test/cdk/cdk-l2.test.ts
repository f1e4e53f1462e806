import { deepEqual, type Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { exportPipeline } from '../../src/export-pipeline.js';
import type { ImportExtras } from '../../src/types.js';
import { compileAndSynth } from '../support/cdk-harness.js';
import { corpusCases, patternCases, terraformCases } from '../support/cases.js';
import { undoL2Additions, type L2Difference } from './l2-compare.js';
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

  it('synthesizes the corpus to its CloudFormation exports', { tags: ['corpus'], timeout: 300_000 }, () => {
    judge([...corpusCases(), ...terraformCases()]);
  });
});
