import { describe, expect, it } from 'vitest';
import { generatePipeline, templates, type Pipeline } from '@pipewright/model';
import { corpusCases, fixtureCases, terraformFixtureCases } from '../support/cases.js';
import { everyArgument, unsupportedFields } from './fixtures.js';
import { expectedAfterRoundTrip, roundTripBatch, type TerraformTarget } from './support.js';

/*
 * Export -> real HCL parser -> import gives the same pipeline back, for hand-written fixtures,
 * the templates, the team's pipeline fixtures, every corpus pipeline of the other formats
 * (tagged `corpus`) and generated pipelines. Each batch goes through the parser once.
 */

const generated: [string, Pipeline][] = [
  [2, 1, 1],
  [3, 4, 2],
  [6, 5, 3],
  [10, 10, 4],
  [20, 8, 5],
].map(([stages, actionsPerStage, seed]) => [
  `generated ${stages}x${actionsPerStage} seed ${seed}`,
  generatePipeline({ stages: stages as number, actionsPerStage: actionsPerStage as number, seed }),
]);

const sets: Record<string, { tags?: string[]; cases: () => [string, Pipeline][] }> = {
  fixtures: {
    cases: () => [
      ['every argument', everyArgument],
      ['unsupported fields', unsupportedFields],
    ],
  },
  templates: { cases: () => templates.map((t) => [t.id, t.pipeline]) },
  'pipeline fixtures of every format': {
    cases: () => [...fixtureCases(), ...terraformFixtureCases()].map((c) => [c.name, c.pipeline]),
  },
  'corpus pipelines of the other formats': {
    tags: ['corpus'],
    // A CloudFormation `Fn::If` comes back as a Terraform dynamic block: test/structural covers those.
    cases: () =>
      corpusCases()
        .filter((c) => !/"\$if(Fields)?"/.test(JSON.stringify(c.pipeline)))
        .map((c) => [c.name, c.pipeline]),
  },
  generated: { cases: () => generated },
};

describe.each(['terraform', 'terraform-json'] as TerraformTarget[])('%s round trip', (target) => {
  for (const [set, { tags = [], cases: casesOf }] of Object.entries(sets))
    it(`${set} come back unchanged`, { tags }, () => {
      const cases = casesOf();
      expect(cases.length).toBeGreaterThan(0);
      const { results, back } = roundTripBatch(
        target,
        cases.map(([, p]) => p),
      );
      cases.forEach(([name], i) => expect(back[i], name).toEqual(expectedAfterRoundTrip(results[i]!)));
    });

  it('reports every field the provider cannot take, and only those', () => {
    const { results } = roundTripBatch(target, [unsupportedFields]);
    const paths = results[0]!.warnings.filter((w) => w.code === 'terraform-unsupported-field').map((w) => w.path);
    expect(paths.sort()).toEqual(
      [
        '/version',
        '/stages/0/blockers',
        '/stages/0/actions/0/outputArtifacts/0/files',
        '/stages/1/actions/0/environmentVariables',
      ].sort(),
    );
  });
});
