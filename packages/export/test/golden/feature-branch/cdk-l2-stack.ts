import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as codecommit from 'aws-cdk-lib/aws-codecommit';
import * as codepipeline_actions from 'aws-cdk-lib/aws-codepipeline-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface FeatureBranchPipelineStackProps extends cdk.StackProps {}

/** CodePipeline pipeline FeatureBranchPipelineStack (exported by Pipewright). */
export class FeatureBranchPipelineStack extends cdk.Stack {
  public readonly pipeline: codepipeline.Pipeline;

  constructor(scope: Construct, id: string, props: FeatureBranchPipelineStackProps = {}) {
    super(scope, id, props);

    const roleArn = new cdk.CfnParameter(this, 'RoleArn', {
      type: 'String',
      description: 'Replace the template placeholder: arn:aws:iam::<your-account-id>:role/<your-pipeline-role-name>',
    });

    const artifactBucket = new cdk.CfnParameter(this, 'ArtifactBucket', {
      type: 'String',
      description: 'Replace the template placeholder: <your-artifact-bucket>',
    });

    const repositoryName = new cdk.CfnParameter(this, 'RepositoryName', {
      type: 'String',
      description: 'Replace the template placeholder: <your-repository-name>',
    });

    const featureBranch = new cdk.CfnParameter(this, 'FeatureBranch', {
      type: 'String',
      description: 'Replace the template placeholder: <your-feature-branch>',
    });

    const unitTestProject = new cdk.CfnParameter(this, 'UnitTestProject', {
      type: 'String',
      description: 'Replace the template placeholder: <your-unit-test-project>',
    });

    const buildProject = new cdk.CfnParameter(this, 'BuildProject', {
      type: 'String',
      description: 'Replace the template placeholder: <your-build-project>',
    });

    const createFeatureStackStackName = new cdk.CfnParameter(this, 'CreateFeatureStackStackName', {
      type: 'String',
      description: 'Replace the template placeholder: feature-<your-feature-branch>',
    });

    const createFeatureStackRoleArn = new cdk.CfnParameter(this, 'CreateFeatureStackRoleArn', {
      type: 'String',
      description: 'Replace the template placeholder: arn:aws:iam::<your-account-id>:role/<your-cloudformation-role-name>',
    });

    const sourceOutputArtifact = new codepipeline.Artifact('source_output');

    const buildOutputArtifact = new codepipeline.Artifact('build_output');

    this.pipeline = new codepipeline.Pipeline(this, 'FeatureBranchPipeline', {
      pipelineName: 'feature-branch-pipeline',
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
              actionName: 'FeatureBranch',
              repository: codecommit.Repository.fromRepositoryName(this, 'FeatureBranchRepository', repositoryName.valueAsString),
              branch: featureBranch.valueAsString,
              output: sourceOutputArtifact,
              trigger: codepipeline_actions.CodeCommitTrigger.NONE,
            }),
          ],
        },
        {
          stageName: 'BuildAndTest',
          actions: [
            new codepipeline_actions.CodeBuildAction({
              actionName: 'UnitTests',
              runOrder: 1,
              project: codebuild.Project.fromProjectName(this, 'UnitTestsProject', unitTestProject.valueAsString),
              input: sourceOutputArtifact,
              type: codepipeline_actions.CodeBuildActionType.TEST,
            }),
            new codepipeline_actions.CodeBuildAction({
              actionName: 'Build',
              runOrder: 2,
              project: codebuild.Project.fromProjectName(this, 'BuildProject_', buildProject.valueAsString),
              input: sourceOutputArtifact,
              outputs: [buildOutputArtifact],
            }),
          ],
        },
        {
          stageName: 'DeployToFeatureEnv',
          actions: [
            new codepipeline_actions.CloudFormationCreateUpdateStackAction({
              actionName: 'CreateFeatureStack',
              stackName: createFeatureStackStackName.valueAsString,
              templatePath: buildOutputArtifact.atPath('template.yaml'),
              adminPermissions: false,
              deploymentRole: iam.Role.fromRoleArn(this, 'CreateFeatureStackDeploymentRole', createFeatureStackRoleArn.valueAsString, { mutable: false }),
            }),
          ],
        },
      ],
    });

    // The L1 resource under the L2 pipeline keeps the logical id of the other exports.
    const cfnPipeline = this.pipeline.node.defaultChild as codepipeline.CfnPipeline;
    cfnPipeline.overrideLogicalId('FeatureBranchPipeline');

    new events.CfnRule(this, 'FeatureBranchPipelineExecutionStateChangeRule', {
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
