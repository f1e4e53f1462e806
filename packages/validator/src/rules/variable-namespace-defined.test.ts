import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { variableNamespaceDefined } from './variable-namespace-defined.js';

const referencing = (value: string, extra = {}) =>
  withStages(
    stage('Source', source()),
    stage('Build', { ...build(), configuration: { ProjectName: 'p', EnvironmentVariables: value }, ...extra }),
  );

ruleTests(variableNamespaceDefined, {
  valid: [
    { name: 'no references', pipeline: pipeline() },
    { name: 'earlier namespace', pipeline: referencing('#{SourceVariables.CommitId}') },
    { name: 'execution variable', pipeline: referencing('#{codepipeline.PipelineExecutionId}') },
    { name: 'pipeline variable (another rule)', pipeline: referencing('#{variables.env}') },
    {
      name: 'same stage, higher run order',
      pipeline: withStages(
        stage('Source', source()),
        stage(
          'Build',
          build('A', ['SourceOutput'], ['a'], { namespace: 'A' }),
          build('B', ['SourceOutput'], ['b'], { runOrder: 2, configuration: { ProjectName: '#{A.x}' } }),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'unknown namespace',
      pipeline: referencing('#{Nope.CommitId}'),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/EnvironmentVariables' }],
    },
    {
      name: 'case matters',
      pipeline: referencing('#{sourcevariables.CommitId}'),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/EnvironmentVariables' }],
    },
    {
      name: 'malformed reference',
      pipeline: referencing('#{CommitId}'),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/EnvironmentVariables' }],
    },
    {
      name: 'same stage, same run order',
      pipeline: withStages(
        stage('Source', source()),
        stage(
          'Build',
          build('A', ['SourceOutput'], ['a'], { namespace: 'A' }),
          build('B', ['SourceOutput'], ['b'], { configuration: { ProjectName: '#{A.x}' } }),
        ),
      ),
      diagnostics: [
        { path: '/stages/1/actions/1/configuration/ProjectName', related: ['/stages/1/actions/0/namespace'] },
      ],
    },
    {
      name: 'reference in a command and an environment variable',
      pipeline: withStages(
        stage('Source', source()),
        stage('Run', {
          name: 'R',
          actionTypeId: { category: 'Compute', owner: 'AWS', provider: 'Commands', version: '1' },
          inputArtifacts: [{ name: 'SourceOutput' }],
          commands: ['echo #{Later.x}'],
          environmentVariables: [{ name: 'A', value: '#{Gone.y}' }],
        }),
      ),
      diagnostics: [
        { path: '/stages/1/actions/0/commands/0' },
        { path: '/stages/1/actions/0/environmentVariables/0/value' },
      ],
    },
  ],
});
