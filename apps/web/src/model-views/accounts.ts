import { displayValue, isOpaque, type Pipeline } from '@pipewright/model';

/*
 * Which account an action runs in, as far as the declaration says: the account of its role ARN
 * (or of the pipeline's). A role ARN built by an expression (a CloudFormation `!Sub` with an
 * account parameter, a Terraform reference, a `#{variables.x}`) decides the account only when
 * the pipeline runs: that is said, never taken for "the same account". Shared by the import
 * review ("Where it runs") and the canvas cards (the account badge).
 */

export type AccountOf =
  | { kind: 'literal'; account: string }
  /** `hint` is what stands for the account in the expression (`${DevAccountId}`), when it can be read. */
  | { kind: 'expression'; text: string; hint: string | undefined };

const ACCOUNT_IN_ARN = /iam::([^:"\s]*):role/;
const ACCOUNT_ID = /^\d{12}$/;

/** The account of one role ARN; undefined when absent or when the ARN names no account. */
export function accountOfRole(roleArn: unknown): AccountOf | undefined {
  if (roleArn === undefined || roleArn === null) return undefined;
  if (isOpaque(roleArn)) {
    const text = displayValue(roleArn);
    const part = ACCOUNT_IN_ARN.exec(text)?.[1];
    return { kind: 'expression', text, hint: part && !ACCOUNT_ID.test(part) ? part : undefined };
  }
  if (typeof roleArn !== 'string') return undefined;
  const part = ACCOUNT_IN_ARN.exec(roleArn)?.[1];
  if (part === undefined || part === '') return undefined;
  if (ACCOUNT_ID.test(part)) return { kind: 'literal', account: part };
  // `#{variables.account}` or a `${Param}` written into a plain string.
  if (part.includes('#{') || part.includes('${')) return { kind: 'expression', text: roleArn, hint: part };
  return undefined; // a placeholder or a typo: other diagnostics say so
}

/** How an account reads in a table cell or on a card. */
export function accountLabel(account: AccountOf): string {
  if (account.kind === 'literal') return account.account;
  return account.hint ? `${account.hint} (decided by an expression)` : 'decided by an expression';
}

/** Do two accounts (possibly expressions) read the same? Expressions are the same only when written the same. */
export function sameAccount(a: AccountOf | undefined, b: AccountOf | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'literal' && b.kind === 'literal') return a.account === b.account;
  if (a.kind === 'expression' && b.kind === 'expression') return a.text === b.text || (!!a.hint && a.hint === b.hint);
  return false;
}

/** True when an action's own role ARN leaves its account to an expression. */
export function anyAccountByExpression(pipeline: Pipeline): boolean {
  return pipeline.stages.some((stage) =>
    stage.actions.some((action) => accountOfRole(action.roleArn)?.kind === 'expression'),
  );
}
