import { opaque, type Action, type Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { actionLocation } from '../canvas/flowElements.js';
import { reviewImport } from '../panels/import/review.js';
import { accountLabel, accountOfRole, sameAccount } from './accounts.js';

const subRole = (param: string) => opaque('cloudformation', { 'Fn::Sub': `arn:aws:iam::\${${param}}:role/deployer` });

const deploy = (name: string, roleArn?: unknown): Action => ({
  name,
  actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'S3', version: '1' },
  ...(roleArn !== undefined && { roleArn: roleArn as Action['roleArn'] }),
});

const withActions = (roleArn: unknown, ...actions: Action[]): Pipeline => ({
  name: 'p',
  roleArn: roleArn as Pipeline['roleArn'],
  stages: [{ name: 'Deploy', actions }],
});

const fidelity = { imported: [], opaque: [], unrepresented: [] };

describe('accounts', () => {
  it('reads literal accounts, and says when an expression decides one', () => {
    expect(accountOfRole('arn:aws:iam::111111111111:role/x')).toEqual({ kind: 'literal', account: '111111111111' });
    const byParam = accountOfRole(subRole('DevAccountId'));
    expect(byParam).toMatchObject({ kind: 'expression', hint: '${DevAccountId}' });
    expect(accountLabel(byParam!)).toBe('${DevAccountId} (decided by an expression)');
    expect(accountOfRole('arn:aws:iam::#{variables.account}:role/x')).toMatchObject({ kind: 'expression' });
    expect(accountOfRole(opaque('terraform', 'aws_iam_role.x.arn'))).toMatchObject({
      kind: 'expression',
      hint: undefined,
    });
    expect(sameAccount(accountOfRole(subRole('A')), accountOfRole(subRole('B')))).toBe(false);
    expect(sameAccount(accountOfRole(subRole('A')), accountOfRole(subRole('A')))).toBe(true);
  });

  it('the review says the account is decided by an expression, not "one account"', () => {
    const pipeline = withActions(
      opaque('cloudformation', { 'Fn::GetAtt': ['PipelineRole', 'Arn'] }),
      deploy('Dev', subRole('DevAccountId')),
      deploy('Prod', subRole('ProdAccountId')),
    );
    const review = reviewImport(pipeline, [], fidelity);
    expect(review.accountByExpression).toBe(true);
    expect(review.placements.map((r) => r.account)).toEqual([
      '${DevAccountId} (decided by an expression)',
      '${ProdAccountId} (decided by an expression)',
    ]);
    // The pipeline's own role by expression, and no action role: still one account.
    expect(reviewImport(withActions(subRole('X'), deploy('A')), [], fidelity).accountByExpression).toBe(false);
  });

  it('a card shows the account badge when an expression decides its account', () => {
    const pipeline = withActions(opaque('cloudformation', { 'Fn::GetAtt': ['PipelineRole', 'Arn'] }));
    expect(actionLocation(pipeline, deploy('Dev', subRole('DevAccountId')))).toBe('account: ${DevAccountId}');
    expect(actionLocation(pipeline, deploy('Same'))).toBeUndefined();
    const literal = withActions('arn:aws:iam::111111111111:role/p');
    expect(actionLocation(literal, deploy('Other', 'arn:aws:iam::222222222222:role/d'))).toBe('222222222222');
    expect(actionLocation(literal, deploy('Same', 'arn:aws:iam::111111111111:role/d'))).toBeUndefined();
  });
});
