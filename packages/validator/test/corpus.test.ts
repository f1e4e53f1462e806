import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePipelineJson } from '@pipewright/model';
import { validate } from '../src/engine.js';

/*
 * Every real pipeline in shared/corpus/real/json validates without a crash. Files
 * the codec cannot read (broken on purpose, see manifest.json) are counted apart.
 */

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus/real/json');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const counts = { errors: 0, warningsOnly: 0, clean: 0, unreadable: 0 };
const byRule = new Map<string, number>();

describe('real pipelines (shared/corpus/real/json)', () => {
  it('has the corpus', () => expect(files.length).toBeGreaterThan(20));

  for (const file of files)
    it(`validates ${file}`, () => {
      const parsed = parsePipelineJson(readFileSync(join(dir, file)));
      if (!parsed.ok) {
        counts.unreadable++;
        expect(parsed.error.line).toBeGreaterThan(0);
        return;
      }
      const diagnostics = validate(parsed.document.pipeline);
      expect(diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([]);
      for (const d of diagnostics) {
        expect(d.path === '' || d.path.startsWith('/'), d.path).toBe(true);
        byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
      }
      if (diagnostics.some((d) => d.severity === 'error')) counts.errors++;
      else if (diagnostics.some((d) => d.severity === 'warning')) counts.warningsOnly++;
      else counts.clean++;
    });

  afterAll(() => {
    console.log(`\nReal JSON pipelines: ${files.length} files`);
    console.table([
      {
        'with errors': counts.errors,
        'warnings only': counts.warningsOnly,
        neither: counts.clean,
        'unreadable (broken on purpose)': counts.unreadable,
      },
    ]);
    console.table([...byRule.entries()].sort((a, b) => b[1] - a[1]).map(([rule, n]) => ({ rule, diagnostics: n })));
  });
});
