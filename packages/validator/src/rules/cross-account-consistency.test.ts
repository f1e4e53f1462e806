import { OTHER_ACCOUNT, THIRD_ACCOUNT, build, pipeline, role, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { crossAccountConsistency } from './cross-account-consistency.js';

const cfnDeploy = (actionAccount: string, cfnAccount: string) =>
  withStages(
    stage('Source', source()),
    stage('Deploy', {
      name: 'Stack',
      actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' },
      roleArn: role(actionAccount, 'action'),
      configuration: { ActionMode: 'DELETE_ONLY', StackName: 's', RoleArn: role(cfnAccount, 'cfn') },
    }),
  );

ruleTests(crossAccountConsistency, {
  valid: [
    { name: 'one account', pipeline: pipeline() },
    {
      name: 'artifact from the pipeline account to another',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('Build', ['SourceOutput'], [], { roleArn: role(OTHER_ACCOUNT) })),
      ),
    },
    { name: 'CloudFormation roles in one account', pipeline: cfnDeploy(OTHER_ACCOUNT, OTHER_ACCOUNT) },
  ],
  invalid: [
    {
      name: 'artifact between two other accounts',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('Build', ['SourceOutput'], ['BuildOutput'], { roleArn: role(OTHER_ACCOUNT) })),
        stage('Deploy', build('Deploy', ['BuildOutput'], [], { roleArn: role(THIRD_ACCOUNT) })),
      ),
      diagnostics: [{ path: '/stages/2/actions/0/inputArtifacts/0/name', related: ['/stages/1/actions/0/roleArn'] }],
    },
    {
      name: 'CloudFormation role in another account',
      pipeline: cfnDeploy(OTHER_ACCOUNT, THIRD_ACCOUNT),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/RoleArn' }],
    },
  ],
});
