import { placeholder } from './placeholders.js';
import { cloudFormationDeploy, codeBuild, codeCommitSource, pipeline, pipelineRoleArn, stage } from './parts.js';
import type { PipelineTemplate } from './types.js';

const branch = placeholder('feature-branch');

export const featureBranch: PipelineTemplate = {
  id: 'feature-branch',
  title: 'Feature branch',
  description:
    'One pipeline per feature branch: unit tests, then a build, then a CloudFormation stack named after the branch. Replace the branch placeholder for each copy.',
  pipeline: pipeline(
    'feature-branch-pipeline',
    [
      stage('Source', codeCommitSource('FeatureBranch', 'source_output', { branch })),
      stage(
        'BuildAndTest',
        codeBuild('UnitTests', {
          category: 'Test',
          project: placeholder('unit-test-project'),
          inputs: ['source_output'],
          runOrder: 1,
        }),
        codeBuild('Build', {
          project: placeholder('build-project'),
          inputs: ['source_output'],
          outputs: ['build_output'],
          runOrder: 2,
        }),
      ),
      stage(
        'DeployToFeatureEnv',
        cloudFormationDeploy('CreateFeatureStack', {
          stackName: `feature-${branch}`,
          templatePath: 'build_output::template.yaml',
          input: 'build_output',
          roleArn: pipelineRoleArn.replace(placeholder('pipeline-role-name'), placeholder('cloudformation-role-name')),
        }),
      ),
    ],
    { kms: false },
  ),
};
