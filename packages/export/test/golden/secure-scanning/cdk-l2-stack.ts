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

export interface SecurityFocusedPipelineStackProps extends cdk.StackProps {}

/** CodePipeline pipeline SecurityFocusedPipelineStack (exported by Pipewright). */
export class SecurityFocusedPipelineStack extends cdk.Stack {
  public readonly pipeline: codepipeline.Pipeline;

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

    const sourceOutputArtifact = new codepipeline.Artifact('source_output');

    const buildOutputArtifact = new codepipeline.Artifact('build_output');

    this.pipeline = new codepipeline.Pipeline(this, 'SecurityFocusedPipeline', {
      pipelineName: 'security-focused-pipeline',
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
              actionName: 'BuildApplication',
              project: codebuild.Project.fromProjectName(this, 'BuildApplicationProject', buildProject.valueAsString),
              input: sourceOutputArtifact,
              outputs: [buildOutputArtifact],
            }),
          ],
        },
        {
          stageName: 'SecurityScans',
          actions: [
            new codepipeline_actions.CodeBuildAction({
              actionName: 'SAST',
              runOrder: 1,
              project: codebuild.Project.fromProjectName(this, 'SASTProject', sastProject.valueAsString),
              input: sourceOutputArtifact,
              type: codepipeline_actions.CodeBuildActionType.TEST,
            }),
            new codepipeline_actions.CodeBuildAction({
              actionName: 'DependencyCheck',
              runOrder: 1,
              project: codebuild.Project.fromProjectName(this, 'DependencyCheckProject', dependencyScanProject.valueAsString),
              input: sourceOutputArtifact,
              type: codepipeline_actions.CodeBuildActionType.TEST,
            }),
            new codepipeline_actions.CodeBuildAction({
              actionName: 'ContainerScan',
              runOrder: 2,
              project: codebuild.Project.fromProjectName(this, 'ContainerScanProject_', containerScanProject.valueAsString),
              input: buildOutputArtifact,
              type: codepipeline_actions.CodeBuildActionType.TEST,
            }),
          ],
        },
      ],
    });

    // The L1 resource under the L2 pipeline keeps the logical id of the other exports.
    const cfnPipeline = this.pipeline.node.defaultChild as codepipeline.CfnPipeline;
    cfnPipeline.overrideLogicalId('SecurityFocusedPipeline');

    new events.CfnRule(this, 'SecurityFocusedPipelineExecutionStateChangeRule', {
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
