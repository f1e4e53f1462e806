import { deepEqual, type Pipeline } from '@pipewright/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitCdk } from '../src/cdk/index.js';
import { buildTemplate } from '../src/cloudformation/template.js';
import { planExport } from '../src/plan/index.js';
import { isPlainObject } from '../src/plan/own.js';
import { corpusCases, fixtureCases, patternCases, terraformCases, terraformFixtureCases } from './support/cases.js';
import { compileAndSynth, type CdkCase } from './support/cdk-harness.js';
import { hostilePipeline } from './support/hostile.js';

/*
 * Every CDK export compiles with tsc (strict) and synthesizes with aws-cdk-lib to a pipeline
 * resource whose properties equal the CloudFormation export's. All cases go through ONE tsc
 * program and ONE synth process (CI has 2 cores). Exports of broken pipelines (a required
 * property missing, which the export warns about) compile too; CDK refuses to synthesize them.
 */

/** CDK's synthesis drops a configuration key named `__proto__` (the export warns about it). */
function withoutProtoKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProtoKeys);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key !== '__proto__') Object.defineProperty(out, key, { value: withoutProtoKeys(value[key]), enumerable: true });
  }
  return out;
}

describe('CDK export', () => {
  it('takes every importable corpus pipeline into the run', { tags: ['corpus'] }, () => {
    expect(corpusCases().length).toBeGreaterThan(30);
    expect(terraformCases().length).toBeGreaterThan(20);
  });

  it('compiles in one tsc program and synthesizes to the CloudFormation export', () => {
    const hostile = fc.sample(hostilePipeline, { numRuns: 8, seed: 99 });
    const inputs: { name: string; pipeline: Pipeline }[] = [
      ...patternCases(),
      ...fixtureCases(),
      ...terraformFixtureCases(),
      ...corpusCases(), // none without the corpus: the tagged test below says so
      ...terraformCases(),
      ...hostile.map((pipeline, i) => ({ name: `hostile-${i}`, pipeline })),
    ];
    const cases: (CdkCase & { expected: Record<string, unknown>; warnings: string[] })[] = inputs.map((input, i) => {
      const options = { target: 'cdk' as const, monitoring: true };
      const cdk = emitCdk(planExport(input.pipeline, options));
      const plan = planExport(input.pipeline, { ...options, target: 'cloudformation' });
      const { template } = buildTemplate(plan);
      const className = /export class (\w+) extends cdk\.Stack/.exec(cdk.text)?.[1] ?? '';
      return {
        name: `case${i}-${input.name.replace(/[^A-Za-z0-9]/g, '')}`,
        source: cdk.text,
        className,
        expected: template['Resources'] as Record<string, unknown>,
        warnings: cdk.warnings.map((w) => w.code),
      };
    });
    const outcome = compileAndSynth(cases);
    const incomplete = cases.filter((c) => c.warnings.includes('cdk-incomplete'));
    console.log(
      [
        `CDK: ${cases.length} exports compiled in one tsc program: ${outcome.diagnostics.length} diagnostics`,
        `  ${outcome.templates.size} synthesized to the CloudFormation export's properties`,
        `  ${incomplete.length} of broken input pipelines (required properties missing, warned): compile, synthesis refused as expected`,
        ...incomplete.map((c) => `    ${c.name}: ${outcome.synthErrors.get(c.name)?.split('\n')[0] ?? 'synthesized'}`),
      ].join('\n'),
    );
    if (outcome.diagnostics.length > 0) console.log(outcome.diagnostics.join('\n'));
    expect(outcome.diagnostics).toEqual([]);
    for (const c of incomplete) expect(outcome.synthErrors.get(c.name), c.name).toMatch(/required/i);
    for (const c of cases.filter((x) => !incomplete.includes(x))) {
      expect(outcome.synthErrors.get(c.name), c.name).toBeUndefined();
      const synthesized = outcome.templates.get(c.name)?.['Resources'] as Record<
        string,
        { Type: string; Properties: unknown }
      >;
      expect(synthesized, c.name).toBeDefined();
      for (const [id, resource] of Object.entries(c.expected) as [string, { Type: string; Properties: unknown }][]) {
        const actual = synthesized[id];
        expect(actual?.Type, `${c.name} ${id}`).toBe(resource.Type);
        const same = deepEqual(actual?.Properties, withoutProtoKeys(resource.Properties));
        if (!same)
          console.log(
            c.name,
            id,
            JSON.stringify(actual?.Properties).slice(0, 800),
            '\n',
            JSON.stringify(resource.Properties).slice(0, 800),
          );
        expect(same, `${c.name} ${id}`).toBe(true);
      }
    }
  }, 300_000); // one heavy external run; CI has 2 cores shared with the other suites
});
