import { ACCOUNT, OTHER_ACCOUNT, actionAt, edited, release, role } from '../../../test/diff/fixtures.js';
import { riskTests } from '../../../test/diff/risk-tester.js';
import { executionHistoryReset } from './execution-history-reset.js';

const base = release();
void ACCOUNT;
void OTHER_ACCOUNT;
void role;

riskTests(executionHistoryReset, {
  clean: [
    { name: 'no change', old: base, new: release() },
    {
      name: 'a configuration change',
      old: base,
      new: edited(base, (p) => (actionAt(p, 1, 0).configuration = { ProjectName: 'x' })),
    },
    { name: 'a run-order change', old: base, new: edited(base, (p) => (actionAt(p, 1, 1).runOrder = 2)) },
  ],
  flagged: [
    {
      name: 'an action renamed',
      old: base,
      new: edited(base, (p) => (actionAt(p, 1, 0).name = 'Compile')),
      findings: [{ oldPath: '/stages/1/actions/0/name', newPath: '/stages/1/actions/0/name' }],
    },
    {
      name: 'a stage renamed',
      old: base,
      new: edited(base, (p) => (p.stages[2]!.name = 'PreProd')),
      findings: [{ oldPath: '/stages/2/name', newPath: '/stages/2/name' }],
    },
    {
      name: 'an action moved across stages',
      old: base,
      new: edited(base, (p) => {
        const [tests] = p.stages[1]!.actions.splice(1, 1);
        p.stages[2]!.actions.unshift(tests!);
      }),
      findings: [{ oldPath: '/stages/1/actions/1', newPath: '/stages/2/actions/0' }],
    },
  ],
});
