import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalogueData, readReference } from '../scripts/gen-catalogue.js';
import { catalogue, isRetired, lookupProvider } from '../src/index.js';

/* The generated catalogue is what the generator writes from the reference, and carries a lifecycle. */

const committed = readFileSync(
  fileURLToPath(new URL('../src/catalogue/providers.generated.json', import.meta.url)),
  'utf8',
);

describe('providers.generated.json', () => {
  it('is reproducible: gen-catalogue.ts writes it byte for byte from the reference', { tags: ['reference'] }, () => {
    expect(JSON.stringify(buildCatalogueData(readReference()), null, 2) + '\n').toBe(committed);
  });

  it('refuses a supplement entry that names no reference entry', () => {
    expect(() => buildCatalogueData([])).toThrow(/OpsWorks/);
  });

  it('says where every entry was confirmed', () => {
    for (const spec of catalogue) expect(spec.confirmed.length, spec.provider).toBeGreaterThan(0);
  });

  it('marks OpsWorks disabled and GitHub version 1 not recommended, each with a migration', () => {
    const opsworks = lookupProvider({ category: 'Deploy', owner: 'AWS', provider: 'OpsWorks', version: '1' })!;
    const github = lookupProvider({ category: 'Source', owner: 'ThirdParty', provider: 'GitHub', version: '1' })!;
    expect(opsworks.lifecycle).toMatchObject({ status: 'disabled', since: '2024-05-26' });
    expect(github.lifecycle.status).toBe('not-recommended');
    for (const spec of [opsworks, github]) {
      expect(spec.lifecycle.migration).toBeTruthy();
      expect(isRetired(spec)).toBe(true);
    }
    expect(catalogue.filter(isRetired).map((s) => s.provider)).toEqual(['GitHub', 'OpsWorks']);
  });

  it('keeps InspectorScan not V2-only, with the check recorded', () => {
    const scan = lookupProvider({ category: 'Invoke', owner: 'AWS', provider: 'InspectorScan', version: '1' })!;
    expect(scan.v2Only).toBe(false);
    expect(scan.confirmed.join(' ')).toMatch(/R67/);
  });
});
