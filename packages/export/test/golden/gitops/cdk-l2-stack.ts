import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as codepipeline_actions from 'aws-cdk-lib/aws-codepipeline-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface GitopsDeploymentStackProps extends cdk.StackProps {}

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
            new DeclaredAction({
              actionName: 'ConfigRepo',
              category: codepipeline.ActionCategory.SOURCE,
              owner: 'AWS',
              provider: 'CodeCommit',
              version: '1',
              artifactBounds: { minInputs: 0, maxInputs: 0, minOutputs: 1, maxOutputs: 1 },
              outputs: [configOutputArtifact],
            }, {
              RepositoryName: configRepositoryName.valueAsString,
              BranchName: 'main',
              PollForSourceChanges: 'false',
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
            new DeclaredAction({
              actionName: 'ApplyManifests',
              category: codepipeline.ActionCategory.INVOKE,
              owner: 'AWS',
              provider: 'Lambda',
              version: '1',
              artifactBounds: { minInputs: 1, maxInputs: 1, minOutputs: 0, maxOutputs: 0 },
              inputs: [configOutputArtifact],
            }, { FunctionName: gitopsSyncFunction.valueAsString }),
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
