import type { Action } from '@pipewright/model';
import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { plaintextSecret } from './plaintext-secret.js';

const gitHub = (token: string): Action =>
  source('GitHub', 'SourceOutput', {
    actionTypeId: { category: 'Source', owner: 'ThirdParty', provider: 'GitHub', version: '1' },
    configuration: { Owner: 'o', Repo: 'r', Branch: 'main', OAuthToken: token, PollForSourceChanges: 'false' },
  });
const withSource = (action: Action) => withStages(stage('Source', action), stage('Build', build()));

ruleTests(plaintextSecret, {
  valid: [
    { name: 'no secrets', pipeline: pipeline() },
    { name: 'masked token (get-pipeline)', pipeline: withSource(gitHub('****')) },
    { name: 'dynamic reference', pipeline: withSource(gitHub('{{resolve:secretsmanager:github:SecretString:token}}')) },
    {
      name: 'secret from Secrets Manager',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', {
          ...build(),
          environmentVariables: [{ name: 'API_TOKEN', value: 'prod/token', type: 'SECRETS_MANAGER' }],
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'literal OAuthToken',
      pipeline: withSource(gitHub('ghp_abc123')),
      diagnostics: [{ path: '/stages/0/actions/0/configuration/OAuthToken' }],
    },
    {
      name: 'plaintext secret env var',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', { ...build(), environmentVariables: [{ name: 'DB_PASSWORD', value: 'hunter2' }] }),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/environmentVariables/0/value' }],
    },
  ],
});
