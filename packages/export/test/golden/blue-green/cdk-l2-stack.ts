import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as codepipeline_actions from 'aws-cdk-lib/aws-codepipeline-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface BlueGreenDeploymentStackProps extends cdk.StackProps {}

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

/** CodePipeline pipeline BlueGreenDeploymentStack (exported by Pipewright). */
export class BlueGreenDeploymentStack extends cdk.Stack {
  public readonly pipeline: codepipeline.Pipeline;

  constructor(scope: Construct, id: string, props: BlueGreenDeploymentStackProps = {}) {
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

    const buildProject = new cdk.CfnParameter(this, 'BuildProject', {
      type: 'String',
      description: 'Replace the template placeholder: <your-build-project>',
    });

    const codedeployApplication = new cdk.CfnParameter(this, 'CodedeployApplication', {
      type: 'String',
      description: 'Replace the template placeholder: <your-codedeploy-application>',
    });

    const blueDeploymentGroup = new cdk.CfnParameter(this, 'BlueDeploymentGroup', {
      type: 'String',
      description: 'Replace the template placeholder: <your-blue-deployment-group>',
    });

    const testProject = new cdk.CfnParameter(this, 'TestProject', {
      type: 'String',
      description: 'Replace the template placeholder: <your-test-project>',
    });

    const trafficSwitchFunction = new cdk.CfnParameter(this, 'TrafficSwitchFunction', {
      type: 'String',
      description: 'Replace the template placeholder: <your-traffic-switch-function>',
    });

    const sourceOutputArtifact = new codepipeline.Artifact('source_output');

    const buildOutputArtifact = new codepipeline.Artifact('build_output');

    this.pipeline = new codepipeline.Pipeline(this, 'BlueGreenDeployment', {
      pipelineName: 'blue-green-deployment',
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
              actionName: 'SourceCode',
              category: codepipeline.ActionCategory.SOURCE,
              owner: 'AWS',
              provider: 'CodeCommit',
              version: '1',
              artifactBounds: { minInputs: 0, maxInputs: 0, minOutputs: 1, maxOutputs: 1 },
              outputs: [sourceOutputArtifact],
            }, {
              RepositoryName: repositoryName.valueAsString,
              BranchName: 'main',
              PollForSourceChanges: 'false',
            }),
          ],
        },
        {
          stageName: 'Build',
          actions: [
            new codepipeline_actions.CodeBuildAction({
              actionName: 'BuildApplication',
              project: codebuild.Project.fromProjectName(this, 'BuildApplicationProject', buildProject.valueAsString),
              input: sourceOutputArtifact,
              outputs: [buildOutputArtifact],
            }),
          ],
        },
        {
          stageName: 'DeployToBlue',
          actions: [
            new DeclaredAction({
              actionName: 'DeployBlueEnvironment',
              category: codepipeline.ActionCategory.DEPLOY,
              owner: 'AWS',
              provider: 'CodeDeploy',
              version: '1',
              artifactBounds: { minInputs: 1, maxInputs: 1, minOutputs: 0, maxOutputs: 0 },
              inputs: [buildOutputArtifact],
            }, {
              ApplicationName: codedeployApplication.valueAsString,
              DeploymentGroupName: blueDeploymentGroup.valueAsString,
            }),
          ],
        },
        {
          stageName: 'TestBlue',
          actions: [
            new DeclaredAction({
              actionName: 'IntegrationTests',
              category: codepipeline.ActionCategory.TEST,
              owner: 'AWS',
              provider: 'CodeBuild',
              version: '1',
              artifactBounds: { minInputs: 1, maxInputs: 1, minOutputs: 0, maxOutputs: 0 },
              inputs: [buildOutputArtifact],
            }, {
              ProjectName: testProject.valueAsString,
              EnvironmentVariables: '[{"name":"TARGET_ENV","value":"blue","type":"PLAINTEXT"}]',
            }),
          ],
        },
        {
          stageName: 'SwitchTraffic',
          actions: [
            new codepipeline_actions.ManualApprovalAction({
              actionName: 'ManualApproval',
              runOrder: 1,
              additionalInformation: 'Approve traffic switch from green to blue',
            }),
            new DeclaredAction({
              actionName: 'SwitchLoadBalancer',
              runOrder: 2,
              category: codepipeline.ActionCategory.INVOKE,
              owner: 'AWS',
              provider: 'Lambda',
              version: '1',
              artifactBounds: { minInputs: 0, maxInputs: 0, minOutputs: 0, maxOutputs: 0 },
            }, { FunctionName: trafficSwitchFunction.valueAsString }),
          ],
        },
      ],
    });

    // The L1 resource under the L2 pipeline keeps the logical id of the other exports.
    const cfnPipeline = this.pipeline.node.defaultChild as codepipeline.CfnPipeline;
    cfnPipeline.overrideLogicalId('BlueGreenDeployment');

    new events.CfnRule(this, 'BlueGreenDeploymentExecutionStateChangeRule', {
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
