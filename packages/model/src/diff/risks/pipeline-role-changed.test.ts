import { ACCOUNT, OTHER_ACCOUNT, actionAt, edited, release, role } from '../../../test/diff/fixtures.js';
import { riskTests } from '../../../test/diff/risk-tester.js';
import { pipelineRoleChanged } from './pipeline-role-changed.js';

const base = release();
void actionAt;

riskTests(pipelineRoleChanged, {
  clean: [
    { name: 'no change', old: base, new: release() },
    {
      name: 'an action role changes',
      old: base,
      new: edited(base, (p) => (actionAt(p, 1, 0).roleArn = role(ACCOUNT, 'b'))),
    },
  ],
  flagged: [
    {
      name: 'the pipeline role changes',
      old: base,
      new: edited(base, (p) => (p.roleArn = role(OTHER_ACCOUNT))),
      findings: [{ oldPath: '/roleArn', newPath: '/roleArn' }],
    },
  ],
});
