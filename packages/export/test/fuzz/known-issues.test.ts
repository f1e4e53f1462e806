import { describe, expect, it } from 'vitest';
import { importPipelines } from '../../src/index.js';
import { KNOWN_ISSUES } from './known-issues.js';
import { importResultProblems } from './oracle.js';

/*
 * Each known issue either still reproduces, or its fix answers the reproducer as the contract
 * says (a located error, or a pipeline the schema accepts). A fix must not turn it into
 * something else; once fixed, the entry is stale: the test says so, delete it.
 */
describe('known importer issues (fuzzing findings not fixed yet)', () => {
  for (const issue of KNOWN_ISSUES) {
    it(`${issue.id} still reproduces, or is fixed the way the contract says (owner: ${issue.owner})`, () => {
      const problems = importResultProblems(importPipelines(issue.reproducer), issue.reproducer);
      const reproduces = problems.some((p) => issue.problem.test(p));
      if (!reproduces) console.log(`known issue ${issue.id} no longer reproduces: remove it from known-issues.ts`);
      expect(problems.filter((p) => !issue.problem.test(p))).toEqual([]);
    });
  }
});
