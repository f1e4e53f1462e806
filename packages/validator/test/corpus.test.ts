import { afterAll, describe, expect, it } from 'vitest';
import { parsePipelineJson } from '@pipewright/model';
import { listCorpus, readCorpusBytes } from '../../../test-support/corpus.mjs';
import { listFixtures, readFixtureBytes } from '../../../test-support/fixtures.mjs';
import { validate } from '../src/engine.js';

/*
 * Every real pipeline in the corpus's real/json (and every JSON fixture of the team's own)
 * validates without a crash. Files the codec cannot read (broken on purpose, see
 * manifest.json) are counted apart. The corpus part is tagged `corpus`: skipped without it.
 */

const sets = [
  {
    name: 'real pipelines (corpus real/json)',
    tags: ['corpus'],
    atLeast: 20,
    files: listCorpus('real', 'json'),
    read: (f: string) => readCorpusBytes('real', 'json', f),
  },
  {
    name: "the team's JSON fixtures",
    tags: [],
    atLeast: 5,
    files: listFixtures('json'),
    read: (f: string) => readFixtureBytes('json', f),
  },
];

for (const set of sets) {
  const files = set.files.filter((f) => f.endsWith('.json'));
  const counts = { errors: 0, warningsOnly: 0, clean: 0, unreadable: 0 };
  const byRule = new Map<string, number>();

  describe(set.name, { tags: set.tags }, () => {
    it('has the files', () => expect(files.length).toBeGreaterThan(set.atLeast));

    for (const file of files)
      it(`validates ${file}`, () => {
        const parsed = parsePipelineJson(set.read(file));
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
      if (files.length === 0) return;
      console.log(`\n${set.name}: ${files.length} files`);
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
}
