import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as codecommit from 'aws-cdk-lib/aws-codecommit';
import * as codepipeline_actions from 'aws-cdk-lib/aws-codepipeline-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface GitopsDeploymentStackProps extends cdk.StackProps {}

/** CodePipeline pipeline GitopsDeploymentStack (exported by Pipewright). */
export class GitopsDeploymentStack extends cdk.Stack {
  public readonly pipeline: codepipeline.Pipeline;

  constructor(scope: Construct, id: string, props: GitopsDeploymentStackProps = {}) {
    super(scope, id, props);

    const roleArn = new cdk.CfnParameter(this, 'RoleArn', {
      type: 'String',
      description: 'Replace the template placeholder: arn:aws:iam::<your-account-id>:role/<your-pipeline-role-name>',
    });

    const artifactBucket = new cdk.CfnParameter(this, 'ArtifactBucket', {
      type: 'String',
      description: 'Replace the template placeholder: <your-artifact-bucket>',
    });

    const configRepositoryName = new cdk.CfnParameter(this, 'ConfigRepositoryName', {
      type: 'String',
      description: 'Replace the template placeholder: <your-config-repository-name>',
    });

    const validateProject = new cdk.CfnParameter(this, 'ValidateProject', {
      type: 'String',
      description: 'Replace the template placeholder: <your-validate-project>',
    });

    const gitopsSyncFunction = new cdk.CfnParameter(this, 'GitopsSyncFunction', {
      type: 'String',
      description: 'Replace the template placeholder: <your-gitops-sync-function>',
    });

    const configOutputArtifact = new codepipeline.Artifact('config_output');

    this.pipeline = new codepipeline.Pipeline(this, 'GitopsDeployment', {
      pipelineName: 'gitops-deployment',
      role: iam.Role.fromRoleArn(this, 'PipelineRole', roleArn.valueAsString, { mutable: false }),
      artifactBucket: s3.Bucket.fromBucketAttributes(this, 'ArtifactBucket_', { bucketName: artifactBucket.valueAsString }),
      pipelineType: codepipeline.PipelineType.V2,
      executionMode: codepipeline.ExecutionMode.QUEUED,
      usePipelineRoleForActions: true,
      stages: [
        {
          stageName: 'Source',
          actions: [
            new codepipeline_actions.CodeCommitSourceAction({
              actionName: 'ConfigRepo',
              repository: codecommit.Repository.fromRepositoryName(this, 'ConfigRepoRepository', configRepositoryName.valueAsString),
              branch: 'main',
              output: configOutputArtifact,
              trigger: codepipeline_actions.CodeCommitTrigger.NONE,
            }),
          ],
        },
        {
          stageName: 'Validate',
          actions: [
            new codepipeline_actions.CodeBuildAction({
              actionName: 'ValidateManifests',
              project: codebuild.Project.fromProjectName(this, 'ValidateManifestsProject', validateProject.valueAsString),
              input: configOutputArtifact,
              type: codepipeline_actions.CodeBuildActionType.TEST,
            }),
          ],
        },
        {
          stageName: 'Deploy',
          actions: [
            new codepipeline_actions.LambdaInvokeAction({
              actionName: 'ApplyManifests',
              lambda: lambda.Function.fromFunctionName(this, 'ApplyManifestsFunction', gitopsSyncFunction.valueAsString),
              inputs: [configOutputArtifact],
            }),
          ],
        },
      ],
    });

    // The L1 resource under the L2 pipeline keeps the logical id of the other exports.
    const cfnPipeline = this.pipeline.node.defaultChild as codepipeline.CfnPipeline;
    cfnPipeline.overrideLogicalId('GitopsDeployment');

    new events.CfnRule(this, 'GitopsDeploymentExecutionStateChangeRule', {
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
