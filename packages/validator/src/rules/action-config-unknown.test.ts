import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { actionConfigUnknown } from './action-config-unknown.js';

ruleTests(actionConfigUnknown, {
  valid: [
    { name: 'known keys', pipeline: pipeline() },
    {
      name: 'optional keys',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', {
          ...build(),
          configuration: { ProjectName: 'p', EnvironmentVariables: '[]', BatchEnabled: 'false' },
        }),
      ),
    },
    {
      name: 'custom actions are skipped',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', {
          ...build(),
          actionTypeId: { category: 'Build', owner: 'Custom', provider: 'Jenkins', version: '1' },
          configuration: { Anything: 'x' },
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'misspelt key (case)',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', { ...build(), configuration: { projectname: 'p', ProjectName: 'p' } }),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/projectname', fix: true }],
    },
    {
      name: 'unknown key',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', { ...build(), configuration: { ProjectName: 'p', Colour: 'blue' } }),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/Colour' }],
    },
  ],
});
