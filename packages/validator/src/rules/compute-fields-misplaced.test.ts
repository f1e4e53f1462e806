import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { computeFieldsMisplaced } from './compute-fields-misplaced.js';

ruleTests(computeFieldsMisplaced, {
  valid: [
    { name: 'clean pipeline', pipeline: pipeline() },
    {
      name: 'commands on a Compute action',
      pipeline: withStages(
        stage('Source', source()),
        stage('Run', {
          name: 'R',
          actionTypeId: { category: 'Compute', owner: 'AWS', provider: 'Commands', version: '1' },
          commands: ['ls'],
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'compute fields on CodeBuild',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', {
          ...build(),
          commands: ['ls'],
          outputVariables: ['X'],
          outputArtifacts: [{ name: 'BuildOutput', files: ['a'] }],
        }),
      ),
      diagnostics: [
        { path: '/stages/1/actions/0/commands' },
        { path: '/stages/1/actions/0/outputArtifacts/0/files' },
        { path: '/stages/1/actions/0/outputVariables' },
      ],
    },
  ],
});
