import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface ContainerDeploymentStackProps extends cdk.StackProps {}

/** CodePipeline pipeline ContainerDeploymentStack (exported by Pipewright). */
export class ContainerDeploymentStack extends cdk.Stack {
  public readonly pipeline: codepipeline.CfnPipeline;

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

    this.pipeline = new codepipeline.CfnPipeline(this, 'ContainerDeployment', {
      name: 'container-deployment',
      roleArn: roleArn.valueAsString,
      artifactStore: { type: 'S3', location: artifactBucket.valueAsString },
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
              name: 'BuildDockerImage',
              actionTypeId: {
                category: 'Build',
                owner: 'AWS',
                provider: 'CodeBuild',
                version: '1',
              },
              runOrder: 1,
              configuration: { ProjectName: dockerBuildProject.valueAsString },
              outputArtifacts: [{ name: 'image_definitions' }],
              inputArtifacts: [{ name: 'source_output' }],
            },
            {
              name: 'SecurityScan',
              actionTypeId: {
                category: 'Test',
                owner: 'AWS',
                provider: 'CodeBuild',
                version: '1',
              },
              runOrder: 1,
              configuration: { ProjectName: securityScanProject.valueAsString },
              inputArtifacts: [{ name: 'source_output' }],
            },
          ],
        },
        {
          name: 'Deploy',
          actions: [
            {
              name: 'DeployToECS',
              actionTypeId: {
                category: 'Deploy',
                owner: 'AWS',
                provider: 'ECS',
                version: '1',
              },
              configuration: {
                ClusterName: ecsCluster.valueAsString,
                ServiceName: ecsService.valueAsString,
                FileName: 'imagedefinitions.json',
              },
              inputArtifacts: [{ name: 'image_definitions' }],
            },
          ],
        },
      ],
      executionMode: 'QUEUED',
      pipelineType: 'V2',
    });

    new events.CfnRule(this, 'ContainerDeploymentExecutionStateChangeRule', {
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
