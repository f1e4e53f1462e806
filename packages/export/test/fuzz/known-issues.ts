/*
 * Findings reported to their owners and not fixed yet. A finding that matches one is
 * counted apart ("known") and does not fail the run; anything else does. Remove an entry
 * when its fix lands (the fuzz run says when one is no longer hit).
 */

export interface KnownIssue {
  id: string;
  format: 'json' | 'cloudformation' | 'terraform';
  /** Matches the finding's problem text. */
  problem: RegExp;
  owner: string;
  description: string;
  /** A small input that shows it (run through `importPipelines`). */
  reproducer: string;
}

/*
 * Empty: the last entry, terraform-missing-required-argument (a Terraform resource without a
 * required argument imported as ok with a pipeline the schema rejects), was fixed in 22fc5e1.
 */
export const KNOWN_ISSUES: readonly KnownIssue[] = [];

export function knownIssueOf(format: string, problem: string): KnownIssue | undefined {
  return KNOWN_ISSUES.find((issue) => issue.format === format && issue.problem.test(problem));
}
