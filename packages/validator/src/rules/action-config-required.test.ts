import { opaque } from '@pipewright/model';
import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { actionConfigRequired } from './action-config-required.js';

const cfn = (configuration: Record<string, string>, inputs = ['SourceOutput']) =>
  withStages(
    stage('Source', source()),
    stage('Deploy', {
      name: 'Stack',
      actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' },
      configuration,
      inputArtifacts: inputs.map((name) => ({ name })),
    }),
  );

ruleTests(actionConfigRequired, {
  valid: [
    { name: 'all required keys', pipeline: pipeline() },
    {
      name: 'CloudFormation DELETE_ONLY needs no TemplatePath',
      pipeline: cfn({ ActionMode: 'DELETE_ONLY', StackName: 's', RoleArn: 'arn:aws:iam::123456789012:role/cfn' }),
    },
    {
      name: 'opaque configuration',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', { ...build(), configuration: opaque('cloudformation', { Ref: 'C' }) as never }),
      ),
    },
    {
      name: 'manual approval needs nothing',
      pipeline: withStages(
        stage('Source', source()),
        stage('Approve', {
          name: 'A',
          actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'CodeBuild without ProjectName',
      pipeline: withStages(stage('Source', source()), stage('Build', { ...build(), configuration: {} })),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/ProjectName' }],
    },
    {
      name: 'no configuration at all',
      pipeline: withStages(stage('Source', source()), stage('Build', { ...build(), configuration: undefined })),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/ProjectName' }],
    },
    {
      name: 'CodeBuild with two inputs needs PrimarySource',
      pipeline: withStages(
        stage('Source', source('A', 'A'), source('B', 'B', { namespace: 'B' })),
        stage('Build', { ...build('Build', ['A', 'B']), configuration: { ProjectName: 'p' } }),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/PrimarySource', fix: true }],
    },
    {
      name: 'CloudFormation CREATE_UPDATE needs TemplatePath and RoleArn',
      pipeline: cfn({ ActionMode: 'CREATE_UPDATE', StackName: 's' }),
      diagnostics: [
        { path: '/stages/1/actions/0/configuration/RoleArn' },
        { path: '/stages/1/actions/0/configuration/TemplatePath' },
      ],
    },
  ],
});
