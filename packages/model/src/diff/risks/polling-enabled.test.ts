import { ACCOUNT, OTHER_ACCOUNT, actionAt, edited, release, role } from '../../../test/diff/fixtures.js';
import { riskTests } from '../../../test/diff/risk-tester.js';
import { pollingEnabled } from './polling-enabled.js';

const base = edited(release(), (p) => {
  p.stages[0]!.actions[0] = {
    name: 'Source',
    actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
    configuration: { RepositoryName: 'app', BranchName: 'main', PollForSourceChanges: 'false' },
    outputArtifacts: [{ name: 'SourceOutput' }],
  };
});
void ACCOUNT;
void OTHER_ACCOUNT;
void role;

riskTests(pollingEnabled, {
  clean: [
    { name: 'no change', old: base, new: structuredClone(base) },
    {
      name: 'polling turned off',
      old: edited(base, (p) => (actionAt(p, 0, 0).configuration!['PollForSourceChanges'] = 'true')),
      new: base,
    },
  ],
  flagged: [
    {
      name: 'polling turned on',
      old: base,
      new: edited(base, (p) => (actionAt(p, 0, 0).configuration!['PollForSourceChanges'] = 'true')),
      findings: [
        {
          oldPath: '/stages/0/actions/0/configuration/PollForSourceChanges',
          newPath: '/stages/0/actions/0/configuration/PollForSourceChanges',
        },
      ],
    },
    {
      name: 'a new polling source',
      old: base,
      new: edited(base, (p) =>
        p.stages[0]!.actions.push({
          name: 'Templates',
          actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
          configuration: { S3Bucket: 'b', S3ObjectKey: 'k.zip', PollForSourceChanges: 'true' },
          outputArtifacts: [{ name: 'Templates' }],
        }),
      ),
      findings: [{ newPath: '/stages/0/actions/1' }],
    },
  ],
});
