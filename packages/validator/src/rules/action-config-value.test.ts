import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { actionConfigValue } from './action-config-value.js';

const cfn = (configuration: Record<string, string>) =>
  withStages(
    stage('Source', source()),
    stage('Deploy', {
      name: 'Stack',
      actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' },
      configuration,
      inputArtifacts: [{ name: 'SourceOutput' }],
    }),
  );

ruleTests(actionConfigValue, {
  valid: [
    { name: 'clean pipeline', pipeline: pipeline() },
    {
      name: 'valid ActionMode and Capabilities',
      pipeline: cfn({ ActionMode: 'CREATE_UPDATE', Capabilities: 'CAPABILITY_IAM,CAPABILITY_AUTO_EXPAND' }),
    },
    { name: 'variables are resolved at run time', pipeline: cfn({ ActionMode: '#{variables.mode}' }) },
  ],
  invalid: [
    {
      name: 'ActionMode in the wrong case',
      pipeline: cfn({ ActionMode: 'create_update' }),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/ActionMode', fix: true }],
    },
    {
      name: 'Capabilities with a space',
      pipeline: cfn({ ActionMode: 'CREATE_UPDATE', Capabilities: 'CAPABILITY_IAM, CAPABILITY_NAMED_IAM' }),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/Capabilities' }],
    },
    {
      name: 'DetectChanges not a boolean',
      pipeline: withStages(
        stage(
          'Source',
          source('Source', 'SourceOutput', {
            configuration: { ConnectionArn: 'a', FullRepositoryId: 'a/b', BranchName: 'main', DetectChanges: 'yes' },
          }),
        ),
        stage('Build', build()),
      ),
      diagnostics: [{ path: '/stages/0/actions/0/configuration/DetectChanges' }],
    },
  ],
});
