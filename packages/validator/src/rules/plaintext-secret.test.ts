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
    {
      name: 'a reference to a secret, not the secret (Secrets Manager ARN)',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', {
          ...build(),
          configuration: { ProjectName: 'p', SecretArn: 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:db' },
        }),
      ),
    },
    { name: 'a variable reference', pipeline: withSource(gitHub('#{SourceSecrets.Token}')) },
  ],
  invalid: [
    {
      name: 'literal Passphrase',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', { ...build(), configuration: { ProjectName: 'p', KeyPassphrase: 'open sesame' } }),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/KeyPassphrase' }],
    },
    {
      name: 'literal secret in a stage-condition rule',
      pipeline: withStages(stage('Source', source()), {
        ...stage('Build', build()),
        beforeEntry: {
          conditions: [
            {
              result: 'FAIL',
              rules: [
                {
                  name: 'Gate',
                  ruleTypeId: { category: 'Rule', owner: 'AWS', provider: 'LambdaInvoke', version: '1' },
                  configuration: { FunctionName: 'f', ApiToken: 'abc' },
                },
              ],
            },
          ],
        },
      }),
      diagnostics: [{ path: '/stages/1/beforeEntry/conditions/0/rules/0/configuration/ApiToken' }],
    },
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
