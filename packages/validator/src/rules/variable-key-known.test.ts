import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { variableKeyKnown } from './variable-key-known.js';

const referencing = (value: string) =>
  withStages(
    stage('Source', source()),
    stage('Build', build('Build', ['SourceOutput'], ['BuildOutput'], { namespace: 'BuildVariables' })),
    stage('Deploy', build('Next', ['BuildOutput'], [], { configuration: { ProjectName: value } })),
  );

ruleTests(variableKeyKnown, {
  valid: [
    { name: 'no references', pipeline: pipeline() },
    { name: 'documented source key', pipeline: referencing('#{SourceVariables.CommitId}') },
    { name: 'CodeBuild exports any key', pipeline: referencing('#{BuildVariables.ANYTHING}') },
    { name: 'execution id', pipeline: referencing('#{codepipeline.PipelineExecutionId}') },
  ],
  invalid: [
    {
      name: 'unknown source key',
      pipeline: referencing('#{SourceVariables.Commit}'),
      diagnostics: [
        { path: '/stages/2/actions/0/configuration/ProjectName', related: ['/stages/0/actions/0/namespace'] },
      ],
    },
    {
      name: 'unknown execution variable',
      pipeline: referencing('#{codepipeline.ExecutionId}'),
      diagnostics: [{ path: '/stages/2/actions/0/configuration/ProjectName' }],
    },
    {
      name: 'Commands key not in outputVariables',
      pipeline: withStages(
        stage('Source', source()),
        stage('Run', {
          name: 'R',
          namespace: 'Run',
          actionTypeId: { category: 'Compute', owner: 'AWS', provider: 'Commands', version: '1' },
          inputArtifacts: [{ name: 'SourceOutput' }],
          commands: ['x'],
          outputVariables: ['VERSION'],
        }),
        stage('Build', build('B', ['SourceOutput'], [], { configuration: { ProjectName: '#{Run.TAG}' } })),
      ),
      diagnostics: [
        { path: '/stages/2/actions/0/configuration/ProjectName', related: ['/stages/1/actions/0/namespace'] },
      ],
    },
  ],
});
