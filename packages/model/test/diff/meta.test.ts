import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { riskNotes } from '../../src/index.js';

/* Every risk note is registered once, documented and tested (flagged and clean cases), like the validator's rules. */

const risksDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/diff/risks');
const SUPPORT = new Set(['index.ts', 'helpers.ts', 'run.ts']);

describe('risk notes', () => {
  it('registers every note module once, with a kebab-case id equal to its file name', () => {
    const files = readdirSync(risksDir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !SUPPORT.has(f))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(riskNotes.map((n) => n.id).sort()).toEqual(files);
    expect(new Set(riskNotes.map((n) => n.id)).size).toBe(riskNotes.length);
    for (const note of riskNotes) expect(note.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('documents every note', () => {
    for (const note of riskNotes) {
      for (const field of ['what', 'why', 'review'] as const)
        expect(note.docs[field].length, `${note.id}.docs.${field}`).toBeGreaterThan(20);
      expect(note.description.length, note.id).toBeGreaterThan(10);
      expect(note.docs.sources.length, `${note.id} sources`).toBeGreaterThan(0);
      expect(['high', 'medium', 'low']).toContain(note.severity);
    }
  });

  it('has a test beside every note with flagged and clean cases', () => {
    for (const note of riskNotes) {
      const file = join(risksDir, `${note.id}.test.ts`);
      expect(existsSync(file), file).toBe(true);
      const text = readFileSync(file, 'utf8');
      expect(text, note.id).toMatch(/riskTests\(\w+, \{/);
      expect(text, note.id).toMatch(/clean: \[\s*\{/);
      expect(text, note.id).toMatch(/flagged: \[\s*\{/);
    }
  });

  it('lists every note in the model README', () => {
    const readme = readFileSync(join(risksDir, '../../../README.md'), 'utf8');
    for (const note of riskNotes) expect(readme, note.id).toContain(`\`${note.id}\``);
  });
});
