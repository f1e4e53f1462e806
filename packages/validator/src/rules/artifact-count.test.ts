import { opaque } from '@pipewright/model';
import { build, deploy, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { artifactCount } from './artifact-count.js';

ruleTests(artifactCount, {
  valid: [
    { name: 'within bounds', pipeline: pipeline() },
    {
      name: 'unknown provider is skipped',
      pipeline: withStages(
        stage('Source', source()),
        stage(
          'Build',
          build('B', [], [], { actionTypeId: { category: 'Build', owner: 'AWS', provider: 'FOO', version: '1' } }),
        ),
      ),
    },
    {
      name: 'opaque list is skipped',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', { ...build(), inputArtifacts: opaque('cloudformation', { Ref: 'X' }) as never }),
      ),
    },
  ],
  invalid: [
    {
      name: 'CodeBuild without input',
      pipeline: withStages(stage('Source', source()), stage('Build', build('Build', [], []))),
      diagnostics: [{ path: '/stages/1/actions/0/inputArtifacts' }],
    },
    {
      name: 'CodeBuild without inputArtifacts field',
      pipeline: withStages(stage('Source', source()), stage('Build', { ...build(), inputArtifacts: undefined })),
      diagnostics: [{ path: '/stages/1/actions/0' }],
    },
    {
      name: 'source with two outputs',
      pipeline: withStages(
        stage('Source', { ...source(), outputArtifacts: [{ name: 'A' }, { name: 'B' }] }),
        stage('Build', build('Build', ['A'])),
      ),
      diagnostics: [{ path: '/stages/0/actions/0/outputArtifacts/1' }],
    },
    {
      name: 'S3 deploy with two inputs and two outputs (cfn-lint E3702 case)',
      pipeline: withStages(
        stage('Source', source('S', 'Foo'), source('T', 'Bar', { namespace: 'T' })),
        stage(
          'Deploy',
          deploy('D', 'Foo', {
            actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'S3', version: '1' },
            configuration: { BucketName: 'b', Extract: 'true' },
            inputArtifacts: [{ name: 'Foo' }, { name: 'Bar' }],
            outputArtifacts: [{ name: 'X' }, { name: 'Y' }],
          }),
        ),
      ),
      diagnostics: [
        { path: '/stages/1/actions/0/inputArtifacts/1' },
        { path: '/stages/1/actions/0/outputArtifacts/0' },
      ],
    },
  ],
});
