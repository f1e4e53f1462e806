import { build, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { hardcodedAccountId } from './hardcoded-account-id.js';

const withValue = (value: string) =>
  withStages(
    stage(
      'Source',
      source('Source', 'SourceOutput', {
        configuration: { ConnectionArn: 'x', FullRepositoryId: 'a/b', BranchName: 'main' },
      }),
    ),
    stage('Build', { ...build(), configuration: { ProjectName: value } }),
  );

ruleTests(hardcodedAccountId, {
  valid: [
    { name: 'no account ids', pipeline: withValue('app-build') },
    { name: 'longer digit runs are not account ids', pipeline: withValue('build-1234567890123') },
  ],
  invalid: [
    {
      name: 'account id in an ARN',
      pipeline: withValue('arn:aws:codebuild:us-east-1:123456789012:project/app'),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/ProjectName' }],
    },
    {
      name: 'account id alone',
      pipeline: withValue('123456789012'),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/ProjectName' }],
    },
  ],
});
