import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as codepipeline_actions from 'aws-cdk-lib/aws-codepipeline-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface FeatureBranchPipelineStackProps extends cdk.StackProps {}

/** An action as CodePipeline declares it (provider and configuration as given), for providers without an L2 class. */
class DeclaredAction extends codepipeline.Action {
  protected readonly providedActionProperties: codepipeline.ActionProperties;

  constructor(
    properties: codepipeline.ActionProperties,
    private readonly configuration?: Record<string, unknown>,
  ) {
    super();
    this.providedActionProperties = properties;
  }

  protected bound(): codepipeline.ActionConfig {
    return { configuration: this.configuration };
  }
}

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
            new DeclaredAction({
              actionName: 'FeatureBranch',
              category: codepipeline.ActionCategory.SOURCE,
              owner: 'AWS',
              provider: 'CodeCommit',
              version: '1',
              artifactBounds: { minInputs: 0, maxInputs: 0, minOutputs: 1, maxOutputs: 1 },
              outputs: [sourceOutputArtifact],
            }, {
              RepositoryName: repositoryName.valueAsString,
              BranchName: featureBranch.valueAsString,
              PollForSourceChanges: 'false',
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
            new DeclaredAction({
              actionName: 'CreateFeatureStack',
              category: codepipeline.ActionCategory.DEPLOY,
              owner: 'AWS',
              provider: 'CloudFormation',
              version: '1',
              artifactBounds: { minInputs: 1, maxInputs: 1, minOutputs: 0, maxOutputs: 0 },
              inputs: [buildOutputArtifact],
            }, {
              ActionMode: 'CREATE_UPDATE',
              StackName: createFeatureStackStackName.valueAsString,
              TemplatePath: 'build_output::template.yaml',
              RoleArn: createFeatureStackRoleArn.valueAsString,
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
