import type { Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readImport } from './read-import.js';
import { placements } from './review.js';
import { readCorpusText } from '../../../../../test-support/corpus.mjs';
import { readFixtureText } from '../../../../../test-support/fixtures.mjs';

/*
 * A pipeline with problems and a broken file, from the shared corpus (tagged `corpus`: skipped
 * without it) and from the team's fixtures. Read at run time, so a missing corpus skips
 * instead of failing the import of the test file.
 */
const sources = [
  {
    name: 'corpus',
    tags: ['corpus'],
    withProblems: () => ({ text: readCorpusText('real', 'json', '015.json'), name: 'SampleCICDPipeline' }),
    broken: () => ({ text: readCorpusText('real', 'json', '027.json'), line: 1, column: 13 }),
  },
  {
    name: 'fixtures',
    tags: [],
    withProblems: () => ({ text: readFixtureText('json', '01-needs-work.json'), name: 'storefront-release' }),
    broken: () => ({ text: readFixtureText('json', '05-missing-brace.json'), line: 1, column: 11 }),
  },
];

for (const source of sources)
  describe(`readImport on the ${source.name}`, { tags: source.tags }, () => {
    it('reviews a pipeline with problems: counts, edges and rule ids with their lines', () => {
      const { text, name } = source.withProblems();
      const result = readImport(text, 'problems.json');
      if (!result.ok) throw new Error(result.message);
      expect(result.format).toBe('json');
      const [candidate] = result.candidates;
      expect(candidate!.review).toMatchObject({ name, stages: 2, actions: 2, edges: 1 });
      const ruleIds = candidate!.review.problems.list.filter((p) => p.severity === 'error').map((p) => p.ruleId);
      expect(ruleIds).toEqual(expect.arrayContaining(['artifact-store-valid', 'role-arn-format']));
      const role = candidate!.review.problems.list.find((p) => p.ruleId === 'role-arn-format');
      expect(role?.line).toBe(4);
    });

    it('says what is wrong and where for a broken file', () => {
      const { text, line, column } = source.broken();
      const result = readImport(text, 'broken.json');
      expect(result).toMatchObject({ ok: false, line, column });
    });
  });

describe('readImport', () => {
  it('refuses a file over the size limit without parsing it', () => {
    const result = readImport(new Uint8Array(MAX_IMPORT_BYTES + 1), 'huge.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/huge\.json is 5\.0 MB; Pipewright imports files up to 5\.0 MB/);
  });
});

describe('placements', () => {
  const action = (name: string, extra: object) => ({
    name,
    actionTypeId: { category: 'Deploy' as const, owner: 'AWS' as const, provider: 'S3', version: '1' },
    ...extra,
  });
  it('groups actions by account (from the role ARN) and region', () => {
    const pipeline: Pipeline = {
      name: 'p',
      roleArn: 'arn:aws:iam::111111111111:role/pipeline',
      stages: [
        {
          name: 'Deploy',
          actions: [
            action('Here', {}),
            action('Prod', { roleArn: 'arn:aws:iam::222222222222:role/deployer', region: 'eu-west-1' }),
            action('Opaque', { region: { $opaque: 'cloudformation', expr: { Ref: 'AWS::Region' } } }),
          ],
        },
      ],
    };
    expect(placements(pipeline)).toEqual([
      { account: '111111111111', region: '(pipeline region)', actions: ['Deploy / Here'] },
      { account: '222222222222', region: 'eu-west-1', actions: ['Deploy / Prod'] },
      { account: '111111111111', region: '(opaque)', actions: ['Deploy / Opaque'] },
    ]);
  });
});
