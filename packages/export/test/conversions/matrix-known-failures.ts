/*
 * Failures of the conversion matrix that belong to defects another helper is fixing now
 * (issue 17), each with its owner. A failure not matched here fails the matrix test; an entry
 * nothing matches any more is printed as stale: remove it.
 */
export interface KnownFailure {
  /** Matched against `<source> <pipeline id>: <format> -> <target>: <problem>`. */
  pattern: RegExp;
  owner: string;
}

// Empty: the Fn::If (item 2) and dynamic-block (item 3) failures listed here were fixed by wcfn.
export const KNOWN_FAILURES: KnownFailure[] = [];
