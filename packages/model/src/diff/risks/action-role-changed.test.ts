import { ACCOUNT, OTHER_ACCOUNT, actionAt, edited, release, role } from '../../../test/diff/fixtures.js';
import { riskTests } from '../../../test/diff/risk-tester.js';
import { actionRoleChanged } from './action-role-changed.js';

const base = release();

riskTests(actionRoleChanged, {
  clean: [
    { name: 'no change', old: base, new: release() },
    { name: 'the pipeline role changes', old: base, new: edited(base, (p) => (p.roleArn = role(ACCOUNT, 'other'))) },
  ],
  flagged: [
    {
      name: 'a role is set on an action',
      old: base,
      new: edited(base, (p) => (actionAt(p, 1, 0).roleArn = role(ACCOUNT, 'build'))),
      findings: [{ newPath: '/stages/1/actions/0/roleArn' }],
    },
    {
      name: 'a cross-account role replaces the deploy role',
      old: base,
      new: edited(base, (p) => (actionAt(p, 3, 1).roleArn = role(OTHER_ACCOUNT, 'deploy'))),
      findings: [{ oldPath: '/stages/3/actions/1/roleArn', newPath: '/stages/3/actions/1/roleArn' }],
    },
    {
      name: 'the deploy role is removed',
      old: base,
      new: edited(base, (p) => delete actionAt(p, 3, 1).roleArn),
      findings: [{ oldPath: '/stages/3/actions/1/roleArn' }],
    },
  ],
});
