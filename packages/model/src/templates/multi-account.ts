import { placeholder } from './placeholders.js';
import { cloudFormationDeploy, codeBuild, codeCommitSource, pipeline, stage } from './parts.js';
import type { PipelineTemplate } from './types.js';

function accountDeploy(environment: 'dev' | 'staging', actionName: string) {
  const account = placeholder(`${environment}-account-id`);
  return cloudFormationDeploy(actionName, {
    stackName: `app-stack-${environment}`,
    templatePath: 'build_output::template.yaml',
    input: 'build_output',
    roleArn: `arn:aws:iam::${account}:role/CloudFormationRole`,
    actionRoleArn: `arn:aws:iam::${account}:role/CodePipelineRole`,
  });
}

export const multiAccount: PipelineTemplate = {
  id: 'multi-account',
  title: 'Multi-account deployment',
  description:
    'Deploys one CloudFormation template to a dev and then a staging account through cross-account roles. Cross-account artifacts need a customer-managed KMS key, so the store has one.',
  pipeline: pipeline(
    'multi-account-deployment',
    [
      stage('Source', codeCommitSource('SourceCode', 'source_output')),
      stage(
        'Build',
        codeBuild('BuildTemplate', {
          project: placeholder('build-project'),
          inputs: ['source_output'],
          outputs: ['build_output'],
        }),
      ),
      stage('DeployToDev', accountDeploy('dev', 'DeployDevAccount')),
      stage('DeployToStaging', accountDeploy('staging', 'DeployStagingAccount')),
    ],
    { kms: true },
  ),
};
