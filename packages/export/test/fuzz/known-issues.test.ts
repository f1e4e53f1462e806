import { describe, expect, it } from 'vitest';
import { importPipelines } from '../../src/index.js';
import { KNOWN_ISSUES } from './known-issues.js';
import { importResultProblems } from './oracle.js';

/* Each known issue still reproduces; when one stops, its fix landed: delete the entry. */
describe('known importer issues (fuzzing findings not fixed yet)', () => {
  for (const issue of KNOWN_ISSUES) {
    it(`${issue.id} still reproduces (owner: ${issue.owner})`, () => {
      const problems = importResultProblems(importPipelines(issue.reproducer), issue.reproducer);
      expect(
        problems.some((p) => issue.problem.test(p)),
        problems.join('\n'),
      ).toBe(true);
    });
  }
});
