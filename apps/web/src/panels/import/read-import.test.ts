import type { Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readImport } from './read-import.js';
import { placements } from './review.js';

// The shared corpus, read in place (Vite's ?raw import keeps this test free of Node APIs).
import corpus015 from '../../../../../../shared/corpus/real/json/015.json?raw';
import corpus027 from '../../../../../../shared/corpus/real/json/027.json?raw';

describe('readImport', () => {
  it('reviews a corpus pipeline with problems: counts, edges and rule ids with their lines', () => {
    const result = readImport(corpus015, '015.json');
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('json');
    const [candidate] = result.candidates;
    expect(candidate!.review).toMatchObject({ name: 'SampleCICDPipeline', stages: 2, actions: 2, edges: 1 });
    const ruleIds = candidate!.review.problems.list.filter((p) => p.severity === 'error').map((p) => p.ruleId);
    expect(ruleIds).toEqual(expect.arrayContaining(['artifact-store-valid', 'role-arn-format']));
    const role = candidate!.review.problems.list.find((p) => p.ruleId === 'role-arn-format');
    expect(role?.line).toBe(4);
  });

  it('says what is wrong and where for a broken file', () => {
    const result = readImport(corpus027, '027.json');
    expect(result).toMatchObject({ ok: false, line: 1, column: 13 });
  });

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
