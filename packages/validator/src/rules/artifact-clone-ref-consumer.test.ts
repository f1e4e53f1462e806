import { build, deploy, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { artifactCloneRefConsumer } from './artifact-clone-ref-consumer.js';

const cloneRef = source('Source', 'SourceOutput', {
  configuration: {
    ConnectionArn: 'arn',
    FullRepositoryId: 'a/b',
    BranchName: 'main',
    OutputArtifactFormat: 'CODEBUILD_CLONE_REF',
  },
});

ruleTests(artifactCloneRefConsumer, {
  valid: [
    { name: 'zip artifact', pipeline: pipeline() },
    { name: 'clone ref into CodeBuild', pipeline: withStages(stage('Source', cloneRef), stage('Build', build())) },
  ],
  invalid: [
    {
      name: 'clone ref into ECS deploy',
      pipeline: withStages(stage('Source', cloneRef), stage('Deploy', deploy('Deploy', 'SourceOutput'))),
      diagnostics: [
        {
          path: '/stages/1/actions/0/inputArtifacts/0/name',
          related: ['/stages/0/actions/0/configuration/OutputArtifactFormat'],
        },
      ],
    },
  ],
});
