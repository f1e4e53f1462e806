import type { Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { findMatches, matchCountLabel } from './find.js';
import { layoutPipeline } from './layout.js';

const action = (name: string, provider: string, runOrder: number, artifacts: { in?: string; out?: string } = {}) => ({
  name,
  actionTypeId: { category: 'Build' as const, owner: 'AWS' as const, provider, version: '1' },
  runOrder,
  ...(artifacts.in ? { inputArtifacts: [{ name: artifacts.in }] } : {}),
  ...(artifacts.out ? { outputArtifacts: [{ name: artifacts.out }] } : {}),
});

const pipeline: Pipeline = {
  name: 'p',
  roleArn: 'arn:aws:iam::111111111111:role/pipeline',
  stages: [
    { name: 'Source', actions: [action('Checkout', 'S3', 1, { out: 'AppSource' })] },
    {
      name: 'BuildApp',
      // Listed out of run order: the later step first.
      actions: [
        action('Package', 'CodeBuild', 2, { in: 'AppSource' }),
        action('Compile', 'CodeBuild', 1, { in: 'AppSource' }),
      ],
    },
  ],
};
const layout = layoutPipeline(pipeline);
const find = (query: string) => findMatches(pipeline, layout, query);

describe('findMatches', () => {
  it('matches stage names, action names, providers and artifacts, case-insensitively', () => {
    expect(find('build')).toEqual([
      { kind: 'stage', stage: 1, field: 'stage name' },
      { kind: 'action', stage: 1, action: 1, field: 'provider' },
      { kind: 'action', stage: 1, action: 0, field: 'provider' },
    ]);
    expect(find('CHECKOUT')).toEqual([{ kind: 'action', stage: 0, action: 0, field: 'action name' }]);
    expect(find('appsource').map((m) => m.kind === 'action' && m.action)).toEqual([0, 1, 0]);
  });

  it('lists matches in drawn order: a stage before its actions, run order before list order', () => {
    expect(find('a').map((m) => (m.kind === 'stage' ? `s${m.stage}` : `a${m.stage}.${m.action}`))).toEqual([
      'a0.0',
      's1',
      'a1.1',
      'a1.0',
    ]);
  });

  it('finds nothing for an empty query or an absent word', () => {
    expect(find('  ')).toEqual([]);
    expect(find('lambda')).toEqual([]);
  });
});

describe('matchCountLabel', () => {
  it('counts from one, and says when nothing matches', () => {
    expect(matchCountLabel(2, 41, 'x')).toBe('3 of 41');
    expect(matchCountLabel(0, 0, 'x')).toBe('No matches');
    expect(matchCountLabel(0, 0, '')).toBe('');
  });
});
