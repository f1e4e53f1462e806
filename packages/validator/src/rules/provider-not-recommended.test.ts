import { build, pipeline, stage } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { providerNotRecommended } from './provider-not-recommended.js';

const githubV1 = {
  name: 'Source',
  actionTypeId: { category: 'Source' as const, owner: 'ThirdParty' as const, provider: 'GitHub', version: '1' },
  configuration: { Owner: 'acme', Repo: 'app', Branch: 'main', OAuthToken: '{{resolve:secretsmanager:gh}}' },
  outputArtifacts: [{ name: 'SourceOutput' }],
};

ruleTests(providerNotRecommended, {
  valid: [{ name: 'a CodeStarSourceConnection source (GitHub version 2)', pipeline: pipeline() }],
  invalid: [
    {
      name: 'a GitHub version 1 source',
      pipeline: pipeline({ stages: [stage('Source', githubV1), stage('Build', build())] }),
      diagnostics: [{ path: '/stages/0/actions/0/actionTypeId/provider' }],
    },
  ],
});
