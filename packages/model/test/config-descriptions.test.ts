import { describe, expect, it } from 'vitest';
import { catalogue, configDescriptions, configKeyDescription, knownConfigKeys } from '../src/index.js';

describe('configKeyDescription', () => {
  it('describes every configuration key of every catalogue provider, and no other', () => {
    for (const spec of catalogue) {
      if (spec.category === '*') continue;
      const id = `${spec.category}/${spec.owner}/${spec.provider}`;
      const described = Object.keys(configDescriptions[id] ?? {}).sort();
      expect(described, id).toEqual([...new Set(knownConfigKeys(spec))].sort());
    }
    const catalogued = new Set(catalogue.map((s) => `${s.category}/${s.owner}/${s.provider}`));
    for (const id of Object.keys(configDescriptions)) expect(catalogued.has(id), id).toBe(true);
  });

  it('looks up by action type and key', () => {
    const codeBuild = { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' } as const;
    expect(configKeyDescription(codeBuild, 'PrimarySource')).toMatch(/input artifact/);
    expect(configKeyDescription({ ...codeBuild, category: 'Test' }, 'ProjectName')).toMatch(/CodeBuild project/);
    expect(
      configKeyDescription({ category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1' }, 'UserParameters'),
    ).toBeDefined();
    expect(
      configKeyDescription({ category: 'Deploy', owner: 'AWS', provider: 'Lambda', version: '1' }, 'UserParameters'),
    ).toBeUndefined();
    expect(configKeyDescription(codeBuild, 'NoSuchKey')).toBeUndefined();
    expect(configKeyDescription(codeBuild, 'constructor')).toBeUndefined();
    expect(
      configKeyDescription({ ...codeBuild, provider: { $opaque: 'terraform', expr: '${var.p}' } }, 'ProjectName'),
    ).toBeUndefined();
  });
});
