import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as codecommit from 'aws-cdk-lib/aws-codecommit';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as codepipeline_actions from 'aws-cdk-lib/aws-codepipeline-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface BlueGreenDeploymentStackProps extends cdk.StackProps {}

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
            new codepipeline_actions.CodeDeployServerDeployAction({
              actionName: 'DeployBlueEnvironment',
              deploymentGroup: codedeploy.ServerDeploymentGroup.fromServerDeploymentGroupAttributes(this, 'DeployBlueEnvironmentDeploymentGroup', {
                application: codedeploy.ServerApplication.fromServerApplicationName(this, 'DeployBlueEnvironmentApplication', codedeployApplication.valueAsString),
                deploymentGroupName: blueDeploymentGroup.valueAsString,
              }),
              input: buildOutputArtifact,
            }),
          ],
        },
        {
          stageName: 'TestBlue',
          actions: [
            new codepipeline_actions.CodeBuildAction({
              actionName: 'IntegrationTests',
              project: codebuild.Project.fromProjectName(this, 'IntegrationTestsProject', testProject.valueAsString),
              input: buildOutputArtifact,
              type: codepipeline_actions.CodeBuildActionType.TEST,
              environmentVariables: {
                TARGET_ENV: {
                  value: 'blue',
                  type: codebuild.BuildEnvironmentVariableType.PLAINTEXT,
                },
              },
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
            new codepipeline_actions.LambdaInvokeAction({
              actionName: 'SwitchLoadBalancer',
              runOrder: 2,
              lambda: lambda.Function.fromFunctionName(this, 'SwitchLoadBalancerFunction', trafficSwitchFunction.valueAsString),
            }),
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
