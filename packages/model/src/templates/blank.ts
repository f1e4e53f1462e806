import { placeholder } from './placeholders.js';
import { pipelineRoleArn, artifactStore } from './parts.js';
import type { PipelineTemplate } from './types.js';

export const blank: PipelineTemplate = {
  id: 'blank',
  title: 'Blank pipeline',
  description:
    'Two stages to start from: a source from a Git connection and a build placeholder. Fill in the connection, repository and build project.',
  pipeline: {
    name: 'my-pipeline',
    roleArn: pipelineRoleArn,
    artifactStore: artifactStore({ kms: true }),
    pipelineType: 'V2',
    executionMode: 'QUEUED',
    stages: [
      {
        name: 'Source',
        actions: [
          {
            name: 'Source',
            actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1' },
            configuration: {
              ConnectionArn: placeholder('connection-arn'),
              FullRepositoryId: placeholder('owner/repository'),
              BranchName: 'main',
            },
            outputArtifacts: [{ name: 'source_output' }],
          },
        ],
      },
      {
        name: 'Build',
        actions: [
          {
            name: 'Build',
            actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
            configuration: { ProjectName: placeholder('build-project') },
            inputArtifacts: [{ name: 'source_output' }],
            outputArtifacts: [{ name: 'build_output' }],
          },
        ],
      },
    ],
  },
};
