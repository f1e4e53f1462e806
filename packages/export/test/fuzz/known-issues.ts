/*
 * Findings reported to their owners and not fixed yet. A finding that matches one is
 * counted apart ("known") and does not fail the run; anything else does. Remove an entry
 * when its fix lands (`known-issues.test.ts` and the fuzz run say when one stops reproducing).
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

export const KNOWN_ISSUES: readonly KnownIssue[] = [
  {
    id: 'terraform-missing-required-argument',
    format: 'terraform',
    problem: /^imported pipeline does not match the schema/,
    owner: 'Terraform engineer (packages/export/src/terraform/import)',
    description:
      'A resource without a required argument (name, role_arn, a stage or action name, an action category ...) imports as ok: true with a pipeline the Pipeline schema rejects, where Terraform itself says "Missing required argument". Expected: an error at the block that lacks it.',
    reproducer: 'resource "aws_codepipeline" "p" {\n  role_arn = "arn:aws:iam::123456789012:role/r"\n}\n',
  },
];

export function knownIssueOf(format: string, problem: string): KnownIssue | undefined {
  return KNOWN_ISSUES.find((issue) => issue.format === format && issue.problem.test(problem));
}
