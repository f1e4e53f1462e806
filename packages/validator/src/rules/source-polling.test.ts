import type { Action } from '@pipewright/model';
import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { sourcePolling } from './source-polling.js';

const codeCommit = (configuration: Record<string, string>): Action =>
  source('Source', 'SourceOutput', {
    actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
    configuration: { RepositoryName: 'r', BranchName: 'main', ...configuration },
  });
const withSource = (action: Action) => withStages(stage('Source', action), stage('Build', build()));

ruleTests(sourcePolling, {
  valid: [
    { name: 'CodeStar connection', pipeline: pipeline() },
    { name: 'CodeCommit with polling off', pipeline: withSource(codeCommit({ PollForSourceChanges: 'false' })) },
  ],
  invalid: [
    {
      name: 'CodeCommit polling by default',
      pipeline: withSource(codeCommit({})),
      diagnostics: [{ path: '/stages/0/actions/0/configuration', fix: true }],
    },
    {
      name: 'CodeCommit polling explicitly',
      pipeline: withSource(codeCommit({ PollForSourceChanges: 'true' })),
      diagnostics: [{ path: '/stages/0/actions/0/configuration/PollForSourceChanges', fix: true }],
    },
    {
      name: 'GitHub v1',
      pipeline: withSource(
        source('GitHub', 'SourceOutput', {
          actionTypeId: { category: 'Source', owner: 'ThirdParty', provider: 'GitHub', version: '1' },
          configuration: { Owner: 'o', Repo: 'r', Branch: 'main', OAuthToken: '****' },
        }),
      ),
      diagnostics: [{ path: '/stages/0/actions/0/configuration', fix: true }],
    },
  ],
});
