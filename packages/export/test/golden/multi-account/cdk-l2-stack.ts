import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as codecommit from 'aws-cdk-lib/aws-codecommit';
import * as codepipeline_actions from 'aws-cdk-lib/aws-codepipeline-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface MultiAccountDeploymentStackProps extends cdk.StackProps {}

/** CodePipeline pipeline MultiAccountDeploymentStack (exported by Pipewright). */
export class MultiAccountDeploymentStack extends cdk.Stack {
  public readonly pipeline: codepipeline.Pipeline;

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

    const sourceOutputArtifact = new codepipeline.Artifact('source_output');

    const buildOutputArtifact = new codepipeline.Artifact('build_output');

    this.pipeline = new codepipeline.Pipeline(this, 'MultiAccountDeployment', {
      pipelineName: 'multi-account-deployment',
      role: iam.Role.fromRoleArn(this, 'PipelineRole', roleArn.valueAsString, { mutable: false }),
      artifactBucket: s3.Bucket.fromBucketAttributes(this, 'ArtifactBucket_', {
        bucketName: artifactBucket.valueAsString,
        encryptionKey: kms.Key.fromKeyArn(this, 'ArtifactKey', kmsKeyArn.valueAsString),
      }),
      pipelineType: codepipeline.PipelineType.V2,
      executionMode: codepipeline.ExecutionMode.QUEUED,
      usePipelineRoleForActions: true,
      stages: [
        {
          stageName: 'Source',
          actions: [
            new codepipeline_actions.CodeCommitSourceAction({
              actionName: 'SourceCode',
              repository: codecommit.Repository.fromRepositoryName(this, 'SourceCodeRepository', repositoryName.valueAsString),
              branch: 'main',
              output: sourceOutputArtifact,
              trigger: codepipeline_actions.CodeCommitTrigger.NONE,
            }),
          ],
        },
        {
          stageName: 'Build',
          actions: [
            new codepipeline_actions.CodeBuildAction({
              actionName: 'BuildTemplate',
              project: codebuild.Project.fromProjectName(this, 'BuildTemplateProject', buildProject.valueAsString),
              input: sourceOutputArtifact,
              outputs: [buildOutputArtifact],
            }),
          ],
        },
        {
          stageName: 'DeployToDev',
          actions: [
            new codepipeline_actions.CloudFormationCreateUpdateStackAction({
              actionName: 'DeployDevAccount',
              role: iam.Role.fromRoleArn(this, 'DeployDevAccountRole', deployDevAccountRoleArn2.valueAsString, { mutable: false }),
              stackName: 'app-stack-dev',
              templatePath: buildOutputArtifact.atPath('template.yaml'),
              adminPermissions: false,
              deploymentRole: iam.Role.fromRoleArn(this, 'DeployDevAccountDeploymentRole', deployDevAccountRoleArn.valueAsString, { mutable: false }),
            }),
          ],
        },
        {
          stageName: 'DeployToStaging',
          actions: [
            new codepipeline_actions.CloudFormationCreateUpdateStackAction({
              actionName: 'DeployStagingAccount',
              role: iam.Role.fromRoleArn(this, 'DeployStagingAccountRole', deployStagingAccountRoleArn2.valueAsString, { mutable: false }),
              stackName: 'app-stack-staging',
              templatePath: buildOutputArtifact.atPath('template.yaml'),
              adminPermissions: false,
              deploymentRole: iam.Role.fromRoleArn(this, 'DeployStagingAccountDeploymentRole', deployStagingAccountRoleArn.valueAsString, { mutable: false }),
            }),
          ],
        },
      ],
    });

    // The L1 resource under the L2 pipeline keeps the logical id of the other exports.
    const cfnPipeline = this.pipeline.node.defaultChild as codepipeline.CfnPipeline;
    cfnPipeline.overrideLogicalId('MultiAccountDeployment');

    new events.CfnRule(this, 'MultiAccountDeploymentExecutionStateChangeRule', {
      description: 'CodePipeline Pipeline Execution State Change events of this pipeline',
      eventPattern: {
        source: ['aws.codepipeline'],
        'detail-type': ['CodePipeline Pipeline Execution State Change'],
        detail: { pipeline: [this.pipeline.pipelineName] },
      },
      state: 'ENABLED',
    });
  }
}
