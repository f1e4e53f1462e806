import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as codecommit from 'aws-cdk-lib/aws-codecommit';
import * as codepipeline_actions from 'aws-cdk-lib/aws-codepipeline-actions';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface ContainerDeploymentStackProps extends cdk.StackProps {}

/** CodePipeline pipeline ContainerDeploymentStack (exported by Pipewright). */
export class ContainerDeploymentStack extends cdk.Stack {
  public readonly pipeline: codepipeline.Pipeline;

  constructor(scope: Construct, id: string, props: ContainerDeploymentStackProps = {}) {
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

    const dockerBuildProject = new cdk.CfnParameter(this, 'DockerBuildProject', {
      type: 'String',
      description: 'Replace the template placeholder: <your-docker-build-project>',
    });

    const securityScanProject = new cdk.CfnParameter(this, 'SecurityScanProject', {
      type: 'String',
      description: 'Replace the template placeholder: <your-security-scan-project>',
    });

    const ecsCluster = new cdk.CfnParameter(this, 'EcsCluster', {
      type: 'String',
      description: 'Replace the template placeholder: <your-ecs-cluster>',
    });

    const ecsService = new cdk.CfnParameter(this, 'EcsService', {
      type: 'String',
      description: 'Replace the template placeholder: <your-ecs-service>',
    });

    const sourceOutputArtifact = new codepipeline.Artifact('source_output');

    const imageDefinitionsArtifact = new codepipeline.Artifact('image_definitions');

    this.pipeline = new codepipeline.Pipeline(this, 'ContainerDeployment', {
      pipelineName: 'container-deployment',
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
              actionName: 'BuildDockerImage',
              runOrder: 1,
              project: codebuild.Project.fromProjectName(this, 'BuildDockerImageProject', dockerBuildProject.valueAsString),
              input: sourceOutputArtifact,
              outputs: [imageDefinitionsArtifact],
            }),
            new codepipeline_actions.CodeBuildAction({
              actionName: 'SecurityScan',
              runOrder: 1,
              project: codebuild.Project.fromProjectName(this, 'SecurityScanProject_', securityScanProject.valueAsString),
              input: sourceOutputArtifact,
              type: codepipeline_actions.CodeBuildActionType.TEST,
            }),
          ],
        },
        {
          stageName: 'Deploy',
          actions: [
            new codepipeline_actions.EcsDeployAction({
              actionName: 'DeployToECS',
              service: ecs.BaseService.fromServiceArnWithCluster(this, 'DeployToECSService', cdk.Stack.of(this).formatArn({
                service: 'ecs',
                resource: 'service',
                resourceName: cdk.Fn.join('/', [ecsCluster.valueAsString, ecsService.valueAsString]),
              })),
              imageFile: imageDefinitionsArtifact.atPath('imagedefinitions.json'),
            }),
          ],
        },
      ],
    });

    // The L1 resource under the L2 pipeline keeps the logical id of the other exports.
    const cfnPipeline = this.pipeline.node.defaultChild as codepipeline.CfnPipeline;
    cfnPipeline.overrideLogicalId('ContainerDeployment');

    new events.CfnRule(this, 'ContainerDeploymentExecutionStateChangeRule', {
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
