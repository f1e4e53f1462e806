import { ACCOUNT, OTHER_ACCOUNT, actionAt, edited, release, role } from '../../../test/diff/fixtures.js';
import { riskTests } from '../../../test/diff/risk-tester.js';
import { newAccount } from './new-account.js';

const base = release();

riskTests(newAccount, {
  clean: [
    { name: 'no change', old: base, new: release() },
    {
      name: 'another role in the same account',
      old: base,
      new: edited(base, (p) => (actionAt(p, 1, 0).roleArn = role(ACCOUNT, 'b'))),
    },
  ],
  flagged: [
    {
      name: 'a cross-account role',
      old: base,
      new: edited(base, (p) => (actionAt(p, 3, 1).roleArn = role(OTHER_ACCOUNT, 'deploy'))),
      findings: [{ newPath: '/stages/3/actions/1/roleArn' }],
    },
    {
      name: 'a key of another account in a new action',
      old: base,
      new: edited(base, (p) =>
        p.stages[2]!.actions.push({
          name: 'Notify',
          actionTypeId: { category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1' },
          configuration: { FunctionName: `arn:aws:lambda:us-east-1:${OTHER_ACCOUNT}:function:notify` },
        }),
      ),
      findings: [{ newPath: '/stages/2/actions/1/configuration/FunctionName' }],
    },
  ],
});
