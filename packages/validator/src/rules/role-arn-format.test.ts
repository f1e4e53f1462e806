import { opaque } from '@pipewright/model';
import { build, pipeline, role, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { roleArnFormat } from './role-arn-format.js';

ruleTests(roleArnFormat, {
  valid: [
    { name: 'clean pipeline', pipeline: pipeline() },
    { name: 'GovCloud partition', pipeline: pipeline({ roleArn: 'arn:aws-us-gov:iam::123456789012:role/p' }) },
    { name: 'opaque', pipeline: pipeline({ roleArn: opaque('cloudformation', { 'Fn::GetAtt': ['Role', 'Arn'] }) }) },
    {
      name: 'action role',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('B', ['SourceOutput'], [], { roleArn: role('123456789012', 'x') })),
      ),
    },
  ],
  invalid: [
    {
      name: 'missing pipeline role',
      pipeline: { ...pipeline(), roleArn: undefined } as never,
      diagnostics: [{ path: '/roleArn' }],
    },
    {
      name: 'account id missing (cfn-lint fixtures)',
      pipeline: pipeline({ roleArn: 'arn:aws:iam:::role/AWSCodePipelineRole' }),
      diagnostics: [{ path: '/roleArn' }],
    },
    {
      name: 'not a role',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('B', ['SourceOutput'], [], { roleArn: 'arn:aws:iam::123456789012:user/x' })),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/roleArn' }],
    },
    {
      name: 'CloudFormation RoleArn configuration (cfn-lint E3703)',
      pipeline: withStages(
        stage('Source', source()),
        stage('Deploy', {
          name: 'S',
          actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' },
          configuration: { ActionMode: 'DELETE_ONLY', StackName: 's', RoleArn: 'cfn-role' },
        }),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/RoleArn' }],
    },
  ],
});
