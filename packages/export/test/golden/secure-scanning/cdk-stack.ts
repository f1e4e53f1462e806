import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface SecurityFocusedPipelineStackProps extends cdk.StackProps {}

/** CodePipeline pipeline SecurityFocusedPipelineStack (exported by Pipewright). */
export class SecurityFocusedPipelineStack extends cdk.Stack {
  public readonly pipeline: codepipeline.CfnPipeline;

  constructor(scope: Construct, id: string, props: SecurityFocusedPipelineStackProps = {}) {
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

    const sastProject = new cdk.CfnParameter(this, 'SastProject', {
      type: 'String',
      description: 'Replace the template placeholder: <your-sast-project>',
    });

    const dependencyScanProject = new cdk.CfnParameter(this, 'DependencyScanProject', {
      type: 'String',
      description: 'Replace the template placeholder: <your-dependency-scan-project>',
    });

    const containerScanProject = new cdk.CfnParameter(this, 'ContainerScanProject', {
      type: 'String',
      description: 'Replace the template placeholder: <your-container-scan-project>',
    });

    this.pipeline = new codepipeline.CfnPipeline(this, 'SecurityFocusedPipeline', {
      name: 'security-focused-pipeline',
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
              name: 'BuildApplication',
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
          name: 'SecurityScans',
          actions: [
            {
              name: 'SAST',
              actionTypeId: {
                category: 'Test',
                owner: 'AWS',
                provider: 'CodeBuild',
                version: '1',
              },
              runOrder: 1,
              configuration: { ProjectName: sastProject.valueAsString },
              inputArtifacts: [{ name: 'source_output' }],
            },
            {
              name: 'DependencyCheck',
              actionTypeId: {
                category: 'Test',
                owner: 'AWS',
                provider: 'CodeBuild',
                version: '1',
              },
              runOrder: 1,
              configuration: { ProjectName: dependencyScanProject.valueAsString },
              inputArtifacts: [{ name: 'source_output' }],
            },
            {
              name: 'ContainerScan',
              actionTypeId: {
                category: 'Test',
                owner: 'AWS',
                provider: 'CodeBuild',
                version: '1',
              },
              runOrder: 2,
              configuration: { ProjectName: containerScanProject.valueAsString },
              inputArtifacts: [{ name: 'build_output' }],
            },
          ],
        },
      ],
      executionMode: 'QUEUED',
      pipelineType: 'V2',
    });

    new events.CfnRule(this, 'SecurityFocusedPipelineExecutionStateChangeRule', {
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
