import { deepEqual, generatePipeline, type Pipeline } from '@pipewright/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/cloudformation/template.js';
import { exportPipeline, importPipelines } from '../../src/index.js';
import { planExport } from '../../src/plan/index.js';
import { compileAndSynth } from '../support/cdk-harness.js';
import { hostileString } from '../support/hostile.js';

/*
 * The export property tests (../property.test.ts, ../terraform/property.test.ts) put hostile
 * strings into values; for JSON, CloudFormation and CDK they keep the generator's tame names.
 * Names are where injection bites hardest (CloudFormation logical ids, CDK construct ids and
 * class names are derived from them), so here the pipeline, stage, action and artifact names
 * and the role ARN are hostile, and every export must read back (or synthesize) to the same values.
 */

const hostileNamed: fc.Arbitrary<Pipeline> = fc
  .record({
    seed: fc.integer({ min: 1, max: 1000 }),
    names: fc.array(hostileString, { minLength: 12, maxLength: 12 }),
  })
  .map(({ seed, names }) => {
    const pipeline = generatePipeline({ stages: 2, actionsPerStage: 2, seed });
    delete pipeline.version; // read-only in CloudFormation
    const name = (i: number) => `${names[i % names.length] ?? ''}${i}`;
    pipeline.name = name(0);
    pipeline.roleArn = name(1);
    const renamed = new Map<string, string>();
    pipeline.stages.forEach((stage, i) => {
      stage.name = name(2 + i);
      stage.actions.forEach((action, j) => {
        action.name = name(4 + i * 2 + j);
        for (const artifact of action.outputArtifacts ?? []) {
          const fresh = name(8 + renamed.size);
          renamed.set(String(artifact.name), fresh);
          artifact.name = fresh;
        }
      });
    });
    for (const stage of pipeline.stages)
      for (const action of stage.actions)
        for (const input of action.inputArtifacts ?? []) input.name = renamed.get(String(input.name)) ?? input.name;
    return pipeline;
  });

describe('hostile names survive every export', () => {
  for (const target of ['json', 'cloudformation', 'cloudformation-json'] as const) {
    it(`${target}: export -> import gives back the same pipeline`, () => {
      fc.assert(
        fc.property(hostileNamed, (pipeline) => {
          const exported = exportPipeline(pipeline, target);
          const back = importPipelines(exported.text, { fileName: exported.fileName });
          expect(back.ok, back.ok ? '' : `${back.error.message}\n${exported.text}`).toBe(true);
          if (back.ok) expect(deepEqual(back.pipelines[0]?.pipeline, pipeline)).toBe(true);
        }),
        { numRuns: 60, seed: 20261126 },
      );
    });
  }

  it('cdk: the exports compile and synthesize to the CloudFormation export', () => {
    const pipelines = fc.sample(hostileNamed, { numRuns: 6, seed: 4242 });
    const cases = pipelines.map((pipeline, i) => {
      const cdk = exportPipeline(pipeline, 'cdk');
      const { template } = buildTemplate(planExport(pipeline, { target: 'cloudformation' }));
      return {
        name: `hostile-names-${i}`,
        source: cdk.text,
        className: /export class (\w+) extends cdk\.Stack/.exec(cdk.text)?.[1] ?? '',
        expected: template['Resources'] as Record<string, { Type: string; Properties: unknown }>,
      };
    });
    const outcome = compileAndSynth(cases);
    expect(outcome.diagnostics).toEqual([]);
    for (const c of cases) {
      const synthesized = outcome.templates.get(c.name)?.['Resources'] as Record<string, { Properties: unknown }>;
      for (const [id, resource] of Object.entries(c.expected)) {
        expect(deepEqual(synthesized[id]?.Properties, resource.Properties), `${c.name} ${id}`).toBe(true);
      }
    }
  }, 300_000);
});
