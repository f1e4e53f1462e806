import { placeholder } from './placeholders.js';
import { codeBuild, codeCommitSource, pipeline, stage } from './parts.js';
import type { PipelineTemplate } from './types.js';

export const standardCicd: PipelineTemplate = {
  id: 'standard-cicd',
  title: 'Standard CI/CD',
  description:
    'CodeCommit -> CodeBuild -> CodeDeploy with KMS-encrypted artifacts; the build receives the commit id through the source namespace.',
  pipeline: pipeline(
    'standard-app-pipeline',
    [
      stage('Source', codeCommitSource('SourceCode', 'source_output', { namespace: 'SourceVariables' })),
      stage(
        'Build',
        codeBuild('BuildApplication', {
          project: placeholder('build-project'),
          inputs: ['source_output'],
          outputs: ['build_output'],
          namespace: 'BuildVariables',
          environment: [{ name: 'COMMIT_ID', value: '#{SourceVariables.CommitId}' }],
        }),
      ),
      stage('Deploy', {
        name: 'DeployApplication',
        actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CodeDeploy', version: '1' },
        configuration: {
          ApplicationName: placeholder('codedeploy-application'),
          DeploymentGroupName: placeholder('deployment-group'),
        },
        inputArtifacts: [{ name: 'build_output' }],
      }),
    ],
    { kms: true },
  ),
};
