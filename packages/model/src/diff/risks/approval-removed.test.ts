import { ACCOUNT, OTHER_ACCOUNT, actionAt, edited, release, role } from '../../../test/diff/fixtures.js';
import { riskTests } from '../../../test/diff/risk-tester.js';
import { approvalRemoved } from './approval-removed.js';

const base = release();
void ACCOUNT;
void OTHER_ACCOUNT;
void role;

riskTests(approvalRemoved, {
  clean: [
    { name: 'no change', old: base, new: release() },
    {
      name: 'the deploy to staging changes',
      old: base,
      new: edited(base, (p) => (actionAt(p, 2, 0).configuration = { ClusterName: 'x' })),
    },
    {
      name: 'the approval moves to an earlier stage',
      old: base,
      new: edited(base, (p) => {
        const [approve] = p.stages[3]!.actions.splice(0, 1);
        p.stages[2]!.actions.push(approve!);
      }),
    },
  ],
  flagged: [
    {
      name: 'the approval is removed',
      old: base,
      new: edited(base, (p) => p.stages[3]!.actions.splice(0, 1)),
      findings: [{ oldPath: '/stages/3/actions/1', newPath: '/stages/3/actions/0' }],
    },
    {
      name: 'a run-order reshuffle puts the approval after the deploy',
      old: base,
      new: edited(base, (p) => {
        actionAt(p, 3, 0).runOrder = 3;
      }),
      findings: [{ oldPath: '/stages/3/actions/1', newPath: '/stages/3/actions/1' }],
    },
    {
      name: 'the approval and the deploy become parallel (same run order)',
      old: base,
      new: edited(base, (p) => {
        actionAt(p, 3, 1).runOrder = 1;
      }),
      findings: [{ oldPath: '/stages/3/actions/1', newPath: '/stages/3/actions/1' }],
      unlinked: true,
    },
    {
      name: 'the approval moves to a later stage',
      old: base,
      new: edited(base, (p) => {
        const [approve] = p.stages[3]!.actions.splice(0, 1);
        p.stages.push({ name: 'After', actions: [approve!] });
      }),
      findings: [{ oldPath: '/stages/3/actions/1', newPath: '/stages/3/actions/0' }],
    },
  ],
});
