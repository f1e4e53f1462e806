import { describe, expect, it } from 'vitest';
import { paletteGroups } from './paletteEntries.js';

const providers = (query: string) =>
  paletteGroups(query).flatMap((g) => g.entries.map((e) => `${e.category}/${e.provider}`));

describe('palette entries', () => {
  it('leave out retired action types when nothing is searched', () => {
    const all = providers('');
    expect(all).not.toContain('Deploy/OpsWorks');
    expect(all).not.toContain('Source/GitHub');
    expect(all).toContain('Source/CodeStarSourceConnection');
    expect(all).toContain('Deploy/CodeDeploy');
  });

  it('show a retired action type when the search matches it', () => {
    expect(providers('opsworks')).toEqual(['Deploy/OpsWorks']);
    expect(providers('github')).toEqual(['Source/GitHub']);
    expect(providers('not recommended')).toEqual(['Source/GitHub']);
  });

  it('keep the rest searchable as before', () => {
    expect(providers('codebuild')).toEqual(['Build/CodeBuild', 'Test/CodeBuild']);
  });
});
