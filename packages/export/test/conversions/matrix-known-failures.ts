/*
 * Failures of the conversion matrix that belong to defects another helper is fixing now
 * (issue 17), or to a tool, each with its owner. A failure not matched here fails the matrix
 * test; an entry nothing matches any more is printed as stale: remove it.
 */
export interface KnownFailure {
  /** Matched against `<source> <pipeline id>: <format> -> <target>: <problem>`. */
  pattern: RegExp;
  owner: string;
}

export const KNOWN_FAILURES: KnownFailure[] = [
  // `Provider: !Ref PROVIDER` (the Terraform `provider = var.PROVIDER` as a parameter) is valid
  // CloudFormation; cfn-lint 1.x raises "unhashable type: 'dict_node'" on it (E1101), an
  // exception of its own, not a finding.
  {
    pattern: /^corpus\/tf\/031\.tf codepipeline: terraform -> cloudformation(-json)?: cfn-lint E1101 /,
    owner: 'cfn-lint (its own exception, not a finding)',
  },
];
