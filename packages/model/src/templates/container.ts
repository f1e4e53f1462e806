import { placeholder } from './placeholders.js';
import { codeBuild, codeCommitSource, pipeline, stage } from './parts.js';
import type { PipelineTemplate } from './types.js';

export const container: PipelineTemplate = {
  id: 'container',
  title: 'Container build and ECS deploy',
  description:
    'Builds a Docker image and scans the source in parallel, then deploys the image definitions to an ECS service.',
  pipeline: pipeline(
    'container-deployment',
    [
      stage('Source', codeCommitSource('SourceCode', 'source_output')),
      stage(
        'Build',
        codeBuild('BuildDockerImage', {
          project: placeholder('docker-build-project'),
          inputs: ['source_output'],
          outputs: ['image_definitions'],
          runOrder: 1,
        }),
        codeBuild('SecurityScan', {
          category: 'Test',
          project: placeholder('security-scan-project'),
          inputs: ['source_output'],
          runOrder: 1,
        }),
      ),
      stage('Deploy', {
        name: 'DeployToECS',
        actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'ECS', version: '1' },
        configuration: {
          ClusterName: placeholder('ecs-cluster'),
          ServiceName: placeholder('ecs-service'),
          FileName: 'imagedefinitions.json',
        },
        inputArtifacts: [{ name: 'image_definitions' }],
      }),
    ],
    { kms: false },
  ),
};
