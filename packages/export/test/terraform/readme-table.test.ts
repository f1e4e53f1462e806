import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACT_STORE,
  COMPUTE_ACTION,
  COMPUTED_ARGUMENTS,
  PIPELINE,
  RESOURCE_REGION,
  type BodySpec,
} from '../../src/terraform/schema.js';

/* The provider-argument table in the package README stays current: every argument of schema.ts is in it. */

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const table = readme.slice(readme.indexOf('| Block '), readme.indexOf('Model fields the provider has no argument for'));

function argumentsOf(spec: BodySpec, out = new Set<string>()): Set<string> {
  for (const a of spec.attributes) out.add(a.tf);
  for (const b of spec.blocks) {
    out.add(b.tf);
    argumentsOf(b.body, out);
    if (b.variants) argumentsOf(COMPUTE_ACTION, out);
  }
  return out;
}

describe('the export README provider-argument table', () => {
  const names = [
    ...argumentsOf(PIPELINE),
    ...argumentsOf(ARTIFACT_STORE),
    'artifact_store',
    RESOURCE_REGION,
    ...COMPUTED_ARGUMENTS,
  ];

  it.each(names)('names `%s`', (name) => {
    expect(table.length).toBeGreaterThan(0);
    // As `name`, or inside a `block { a, b }` group.
    expect(table).toMatch(new RegExp(`[\`{ ,]${name}[\`}, ]`));
  });
});
