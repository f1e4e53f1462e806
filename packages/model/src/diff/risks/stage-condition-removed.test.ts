import { ACCOUNT, OTHER_ACCOUNT, actionAt, edited, release, role } from '../../../test/diff/fixtures.js';
import { riskTests } from '../../../test/diff/risk-tester.js';
import { stageConditionRemoved } from './stage-condition-removed.js';

const base = release();
void ACCOUNT;
void OTHER_ACCOUNT;
void role;
void actionAt;

riskTests(stageConditionRemoved, {
  clean: [
    { name: 'no change', old: base, new: release() },
    {
      name: 'a condition is added',
      old: base,
      new: edited(base, (p) => (p.stages[2]!.onSuccess = { conditions: [{ result: 'ROLLBACK', rules: [] }] })),
    },
    {
      name: "a rule's configuration changes",
      old: base,
      new: edited(
        base,
        (p) => (p.stages[3]!.beforeEntry!.conditions[0]!.rules![0]!.configuration = { AlarmName: 'x' }),
      ),
    },
  ],
  flagged: [
    {
      name: 'beforeEntry is removed',
      old: base,
      new: edited(base, (p) => delete p.stages[3]!.beforeEntry),
      findings: [{ oldPath: '/stages/3/beforeEntry' }],
    },
    {
      name: 'the last rule is removed from a condition',
      old: base,
      new: edited(base, (p) => p.stages[3]!.beforeEntry!.conditions[0]!.rules!.pop()),
      findings: [{ oldPath: '/stages/3/beforeEntry/conditions/0/rules' }],
    },
    {
      name: 'rollback on failure becomes FAIL',
      old: base,
      new: edited(base, (p) => (p.stages[3]!.onFailure = { result: 'FAIL' })),
      findings: [{ oldPath: '/stages/3/onFailure/result', newPath: '/stages/3/onFailure/result' }],
    },
    {
      name: 'onFailure is removed',
      old: base,
      new: edited(base, (p) => delete p.stages[3]!.onFailure),
      findings: [{ oldPath: '/stages/3/onFailure' }],
    },
  ],
});
