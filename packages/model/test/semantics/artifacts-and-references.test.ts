import { describe, expect, it } from 'vitest';
import {
  artifactProducers,
  opaque,
  scanVariableReferences,
  usedBeforeProduced,
  type Pipeline,
} from '../../src/index.js';

const codeBuild = { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' } as const;

describe('artifactProducers', () => {
  it('lists output declarations by literal name in document order, with when they run', () => {
    const pipeline: Pipeline = {
      name: 'p',
      roleArn: 'r',
      stages: [
        { name: 'A', actions: [{ name: 'x', actionTypeId: codeBuild, outputArtifacts: [{ name: 'Bin' }] }] },
        {
          name: 'B',
          actions: [
            { name: 'y', actionTypeId: codeBuild, runOrder: 2, outputArtifacts: [{ name: 'Bin' }, { name: 'Doc' }] },
            {
              name: 'z',
              actionTypeId: codeBuild,
              runOrder: opaque('cloudformation', { Ref: 'R' }),
              outputArtifacts: [{ name: opaque('terraform', 'var.n') }],
            },
          ],
        },
      ],
    };
    const producers = artifactProducers(pipeline);
    expect([...producers.keys()]).toEqual(['Bin', 'Doc']);
    expect(producers.get('Bin')).toEqual([
      { stageIndex: 0, actionIndex: 0, runOrder: 1 },
      { stageIndex: 1, actionIndex: 0, runOrder: 2 },
    ]);
  });
});

describe('usedBeforeProduced', () => {
  it('is true only when there are producers and none runs before', () => {
    const consumer = { stageIndex: 1, runOrder: 1 };
    expect(usedBeforeProduced(undefined, consumer)).toBe(false);
    expect(usedBeforeProduced([{ stageIndex: 1, runOrder: 1 }], consumer)).toBe(true);
    expect(
      usedBeforeProduced(
        [
          { stageIndex: 1, runOrder: 1 },
          { stageIndex: 0, runOrder: 9 },
        ],
        consumer,
      ),
    ).toBe(false);
    expect(usedBeforeProduced([{ stageIndex: 1, runOrder: undefined }], consumer)).toBe(false);
  });
});

describe('scanVariableReferences', () => {
  it('finds each #{namespace.key} with where it stands, a dotless one with an empty key', () => {
    const found: [string, string, number, number][] = [];
    scanVariableReferences('a #{Src.CommitId} b #{bare} #{open', (ns, key, start, end) =>
      found.push([ns, key, start, end]),
    );
    expect(found).toEqual([
      ['Src', 'CommitId', 2, 17],
      ['bare', '', 20, 27],
    ]);
  });
});
