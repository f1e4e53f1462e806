import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface MultiAccountDeploymentStackProps extends cdk.StackProps {}

/** CodePipeline pipeline MultiAccountDeploymentStack (exported by Pipewright). */
export class MultiAccountDeploymentStack extends cdk.Stack {
  public readonly pipeline: codepipeline.CfnPipeline;

  constructor(scope: Construct, id: string, props: MultiAccountDeploymentStackProps = {}) {
    super(scope, id, props);

    const roleArn = new cdk.CfnParameter(this, 'RoleArn', {
      type: 'String',
      description: 'Replace the template placeholder: arn:aws:iam::<your-account-id>:role/<your-pipeline-role-name>',
    });

    const artifactBucket = new cdk.CfnParameter(this, 'ArtifactBucket', {
      type: 'String',
      description: 'Replace the template placeholder: <your-artifact-bucket>',
    });

    const kmsKeyArn = new cdk.CfnParameter(this, 'KmsKeyArn', {
      type: 'String',
      description: 'Replace the template placeholder: <your-kms-key-arn>',
    });

    const repositoryName = new cdk.CfnParameter(this, 'RepositoryName', {
      type: 'String',
      description: 'Replace the template placeholder: <your-repository-name>',
    });

    const buildProject = new cdk.CfnParameter(this, 'BuildProject', {
      type: 'String',
      description: 'Replace the template placeholder: <your-build-project>',
    });

    const deployDevAccountRoleArn = new cdk.CfnParameter(this, 'DeployDevAccountRoleArn', {
      type: 'String',
      description: 'Replace the template placeholder: arn:aws:iam::<your-dev-account-id>:role/CloudFormationRole',
    });

    const deployDevAccountRoleArn2 = new cdk.CfnParameter(this, 'DeployDevAccountRoleArn2', {
      type: 'String',
      description: 'Replace the template placeholder: arn:aws:iam::<your-dev-account-id>:role/CodePipelineRole',
    });

    const deployStagingAccountRoleArn = new cdk.CfnParameter(this, 'DeployStagingAccountRoleArn', {
      type: 'String',
      description: 'Replace the template placeholder: arn:aws:iam::<your-staging-account-id>:role/CloudFormationRole',
    });

    const deployStagingAccountRoleArn2 = new cdk.CfnParameter(this, 'DeployStagingAccountRoleArn2', {
      type: 'String',
      description: 'Replace the template placeholder: arn:aws:iam::<your-staging-account-id>:role/CodePipelineRole',
    });

    this.pipeline = new codepipeline.CfnPipeline(this, 'MultiAccountDeployment', {
      name: 'multi-account-deployment',
      roleArn: roleArn.valueAsString,
      artifactStore: {
        type: 'S3',
        location: artifactBucket.valueAsString,
        encryptionKey: { id: kmsKeyArn.valueAsString, type: 'KMS' },
      },
      stages: [
        {
          name: 'Source',
          actions: [
            {
              name: 'SourceCode',
              actionTypeId: {
                category: 'Source',
                owner: 'AWS',
                provider: 'CodeCommit',
                version: '1',
              },
              configuration: {
                RepositoryName: repositoryName.valueAsString,
                BranchName: 'main',
                PollForSourceChanges: 'false',
              },
              outputArtifacts: [{ name: 'source_output' }],
            },
          ],
        },
        {
          name: 'Build',
          actions: [
            {
              name: 'BuildTemplate',
              actionTypeId: {
                category: 'Build',
                owner: 'AWS',
                provider: 'CodeBuild',
                version: '1',
              },
              configuration: { ProjectName: buildProject.valueAsString },
              outputArtifacts: [{ name: 'build_output' }],
              inputArtifacts: [{ name: 'source_output' }],
            },
          ],
        },
        {
          name: 'DeployToDev',
          actions: [
            {
              name: 'DeployDevAccount',
              actionTypeId: {
                category: 'Deploy',
                owner: 'AWS',
                provider: 'CloudFormation',
                version: '1',
              },
              configuration: {
                ActionMode: 'CREATE_UPDATE',
                StackName: 'app-stack-dev',
                TemplatePath: 'build_output::template.yaml',
                RoleArn: deployDevAccountRoleArn.valueAsString,
              },
              inputArtifacts: [{ name: 'build_output' }],
              roleArn: deployDevAccountRoleArn2.valueAsString,
            },
          ],
        },
        {
          name: 'DeployToStaging',
          actions: [
            {
              name: 'DeployStagingAccount',
              actionTypeId: {
                category: 'Deploy',
                owner: 'AWS',
                provider: 'CloudFormation',
                version: '1',
              },
              configuration: {
                ActionMode: 'CREATE_UPDATE',
                StackName: 'app-stack-staging',
                TemplatePath: 'build_output::template.yaml',
                RoleArn: deployStagingAccountRoleArn.valueAsString,
              },
              inputArtifacts: [{ name: 'build_output' }],
              roleArn: deployStagingAccountRoleArn2.valueAsString,
            },
          ],
        },
      ],
      executionMode: 'QUEUED',
      pipelineType: 'V2',
    });

    new events.CfnRule(this, 'MultiAccountDeploymentExecutionStateChangeRule', {
      description: 'CodePipeline Pipeline Execution State Change events of this pipeline',
      eventPattern: {
        source: ['aws.codepipeline'],
        'detail-type': ['CodePipeline Pipeline Execution State Change'],
        detail: { pipeline: [this.pipeline.ref] },
      },
      state: 'ENABLED',
    });
  }
}
