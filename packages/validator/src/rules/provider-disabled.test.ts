import { opaque } from '@pipewright/model';
import { build, pipeline, source, stage } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { providerDisabled } from './provider-disabled.js';

const opsworks = {
  name: 'Stack',
  actionTypeId: { category: 'Deploy' as const, owner: 'AWS' as const, provider: 'OpsWorks', version: '1' },
  configuration: { Stack: 's', App: 'a' },
  inputArtifacts: [{ name: 'BuildOutput' }],
};

ruleTests(providerDisabled, {
  valid: [
    { name: 'current providers only', pipeline: pipeline() },
    {
      name: 'an opaque provider is not guessed',
      pipeline: pipeline({
        stages: [
          stage('Source', source()),
          stage('Build', build()),
          stage('Deploy', {
            ...opsworks,
            actionTypeId: {
              ...opsworks.actionTypeId,
              provider: opaque('cloudformation', { Ref: 'P' }),
            },
          }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'an OpsWorks deploy',
      pipeline: pipeline({ stages: [stage('Source', source()), stage('Build', build()), stage('Deploy', opsworks)] }),
      diagnostics: [{ path: '/stages/2/actions/0/actionTypeId/provider' }],
    },
  ],
});
