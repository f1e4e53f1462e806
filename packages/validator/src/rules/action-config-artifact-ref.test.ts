import type { Action } from '@pipewright/model';
import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { actionConfigArtifactRef } from './action-config-artifact-ref.js';

const cfnAction = (configuration: Record<string, string>, inputs: string[]): Action => ({
  name: 'Stack',
  actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' },
  configuration: { ActionMode: 'CREATE_UPDATE', StackName: 's', ...configuration },
  inputArtifacts: inputs.map((name) => ({ name })),
});
const cfn = (configuration: Record<string, string>, inputs = ['SourceOutput']) =>
  withStages(stage('Source', source()), stage('Deploy', cfnAction(configuration, inputs)));

ruleTests(actionConfigArtifactRef, {
  valid: [
    { name: 'clean pipeline', pipeline: pipeline() },
    {
      name: 'TemplatePath names an input (cfn-lint E3703)',
      pipeline: cfn({ TemplatePath: 'SourceOutput::template.yaml' }),
    },
    {
      name: 'PrimarySource names an input',
      pipeline: withStages(
        stage('Source', source('A', 'A'), source('B', 'B', { namespace: 'B' })),
        stage('Build', build('Build', ['A', 'B'])),
      ),
    },
  ],
  invalid: [
    {
      name: 'TemplatePath names another artifact (cfn-lint E3703)',
      pipeline: cfn({ TemplatePath: 'Foo::template.yaml' }),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/TemplatePath' }],
    },
    {
      name: 'TemplatePath without inputs',
      pipeline: cfn({ TemplatePath: 'Foo::template.yaml' }, []),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/TemplatePath' }],
    },
    {
      name: 'PrimarySource not an input',
      pipeline: withStages(
        stage('Source', source('A', 'A'), source('B', 'B', { namespace: 'B' })),
        stage('Build', { ...build('Build', ['A', 'B']), configuration: { ProjectName: 'p', PrimarySource: 'C' } }),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/PrimarySource' }],
    },
    {
      name: 'StepFunctions FilePath without input',
      pipeline: withStages(
        stage('Source', source()),
        stage('Invoke', {
          name: 'SF',
          actionTypeId: { category: 'Invoke', owner: 'AWS', provider: 'StepFunctions', version: '1' },
          configuration: { StateMachineArn: 'arn', InputType: 'FilePath', Input: 'in.json' },
        }),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/InputType' }],
    },
  ],
});
