import { ACCOUNT, OTHER_ACCOUNT, actionAt, edited, release, role } from '../../../test/diff/fixtures.js';
import { riskTests } from '../../../test/diff/risk-tester.js';
import { triggerWidened } from './trigger-widened.js';

const base = release();
void ACCOUNT;
void OTHER_ACCOUNT;
void role;
void actionAt;

const push = (p: ReturnType<typeof release>) => p.triggers![0]!.gitConfiguration.push!;

riskTests(triggerWidened, {
  clean: [
    { name: 'no change', old: base, new: release() },
    {
      name: 'a branch filter narrowed',
      old: edited(base, (p) => (push(p)[0]!.branches = { includes: ['main', 'release/*'] })),
      new: base,
    },
    { name: 'an exclude added', old: base, new: edited(base, (p) => push(p)[0]!.filePaths!.excludes!.push('*.md')) },
    { name: 'the trigger is removed', old: base, new: edited(base, (p) => delete p.triggers) },
  ],
  flagged: [
    {
      name: 'a branch pattern added',
      old: base,
      new: edited(base, (p) => push(p)[0]!.branches!.includes!.push('feature/*')),
      findings: [{ oldPath: '/triggers/0', newPath: '/triggers/0' }],
    },
    {
      name: 'an exclude dropped',
      old: base,
      new: edited(base, (p) => delete push(p)[0]!.filePaths),
      findings: [{ oldPath: '/triggers/0', newPath: '/triggers/0' }],
    },
    {
      name: 'pull requests start the pipeline',
      old: base,
      new: edited(
        base,
        (p) =>
          (p.triggers![0]!.gitConfiguration.pullRequest = [{ events: ['OPEN'], branches: { includes: ['main'] } }]),
      ),
      findings: [{ oldPath: '/triggers/0', newPath: '/triggers/0' }],
    },
    {
      name: 'a pull request event added',
      old: edited(base, (p) => (p.triggers![0]!.gitConfiguration.pullRequest = [{ events: ['OPEN'] }])),
      new: edited(base, (p) => (p.triggers![0]!.gitConfiguration.pullRequest = [{ events: ['OPEN', 'UPDATED'] }])),
      findings: [{ oldPath: '/triggers/0', newPath: '/triggers/0' }],
    },
    {
      name: 'a new trigger',
      old: edited(base, (p) => delete p.triggers),
      new: base,
      findings: [{ newPath: '/triggers/0' }],
    },
  ],
});
