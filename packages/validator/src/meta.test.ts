import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderDocs } from '../scripts/rule-docs.js';
import { rules } from './rules/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const rulesDir = join(here, 'rules');
const docsDir = join(here, '../docs/rules');

describe('rule registry', () => {
  it('registers every rule module once, with a kebab-case id equal to its file name', () => {
    const files = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3))
      .sort();
    expect(rules.map((r) => r.id).sort()).toEqual(files);
    for (const rule of rules) expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has the ids the issue names', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const id of [
      'stage-count',
      'stage-name-unique',
      'action-name-unique',
      'action-name-unique-pipeline',
      'name-pattern',
      'source-required',
      'source-first-stage-only',
      'artifact-output-unique',
      'artifact-input-produced',
      'artifact-input-order',
      'artifact-count',
      'action-type-known',
      'action-config-required',
      'action-config-unknown',
      'run-order-range',
      'variable-namespace-defined',
      'variable-key-known',
      'pipeline-variable-declared',
      'namespace-unique',
      'artifact-store-region',
      'v2-only-feature',
      'artifact-store-encryption',
      'source-polling',
      'approval-before-production',
      'parallelizable-actions',
      'hardcoded-account-id',
      'plaintext-secret',
    ])
      expect(ids.has(id), id).toBe(true);
  });

  it('gives every rule complete docs', () => {
    for (const rule of rules) {
      for (const field of ['what', 'why', 'fix'] as const)
        expect(rule.docs[field].length, `${rule.id}.docs.${field}`).toBeGreaterThan(20);
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.docs.sources.length, `${rule.id} sources`).toBeGreaterThan(0);
      for (const r of rule.docs.rules) expect(r, rule.id).toMatch(/^R([1-9]|[1-6][0-9])$/);
    }
  });

  it('covers every R-number of rules.md (R1-R69), each claimed only by rules that name it in their docs', () => {
    const claimed = new Map<string, string[]>();
    for (const rule of rules) for (const r of rule.docs.rules) claimed.set(r, [...(claimed.get(r) ?? []), rule.id]);
    const missing = Array.from({ length: 69 }, (_, i) => `R${i + 1}`).filter((r) => !claimed.has(r));
    expect(missing).toEqual([]);
  });

  it('has a test file beside every rule that runs its valid and invalid cases', () => {
    for (const rule of rules) {
      const file = join(rulesDir, `${rule.id}.test.ts`);
      expect(existsSync(file), file).toBe(true);
      const text = readFileSync(file, 'utf8');
      expect(text, rule.id).toMatch(/ruleTests\(\w+, \{/);
      expect(text, rule.id).toMatch(/valid: \[\s*\{/);
      expect(text, rule.id).toMatch(/invalid: \[\s*\{/);
    }
  });
});

describe('generated docs', () => {
  it('are up to date (run: npx tsx packages/validator/scripts/gen-docs.ts)', async () => {
    const expected = await renderDocs();
    const onDisk = existsSync(docsDir) ? readdirSync(docsDir).sort() : [];
    expect(onDisk).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(readFileSync(join(docsDir, name), 'utf8'), name).toBe(text);
  });
});
