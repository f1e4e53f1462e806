import { build, pipeline, source, stage } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { pipelineVariableInSource } from './pipeline-variable-in-source.js';

const variables = [{ name: 'branch', defaultValue: 'main' }];

ruleTests(pipelineVariableInSource, {
  valid: [
    { name: 'no references', pipeline: pipeline() },
    {
      name: 'variable in a build',
      pipeline: pipeline({
        variables,
        stages: [
          stage('Source', source()),
          stage('Build', { ...build(), configuration: { ProjectName: '#{variables.branch}' } }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'variable in a source',
      pipeline: pipeline({
        variables,
        stages: [
          stage(
            'Source',
            source('Source', 'SourceOutput', {
              configuration: { ConnectionArn: 'a', FullRepositoryId: 'a/b', BranchName: '#{variables.branch}' },
            }),
          ),
          stage('Build', build()),
        ],
      }),
      diagnostics: [{ path: '/stages/0/actions/0/configuration/BranchName' }],
    },
  ],
});
