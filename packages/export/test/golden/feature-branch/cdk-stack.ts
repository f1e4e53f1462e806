import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface FeatureBranchPipelineStackProps extends cdk.StackProps {}

/** CodePipeline pipeline FeatureBranchPipelineStack (exported by Pipewright). */
export class FeatureBranchPipelineStack extends cdk.Stack {
  public readonly pipeline: codepipeline.CfnPipeline;

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

    this.pipeline = new codepipeline.CfnPipeline(this, 'FeatureBranchPipeline', {
      name: 'feature-branch-pipeline',
      roleArn: roleArn.valueAsString,
      artifactStore: { type: 'S3', location: artifactBucket.valueAsString },
      stages: [
        {
          name: 'Source',
          actions: [
            {
              name: 'FeatureBranch',
              actionTypeId: {
                category: 'Source',
                owner: 'AWS',
                provider: 'CodeCommit',
                version: '1',
              },
              configuration: {
                RepositoryName: repositoryName.valueAsString,
                BranchName: featureBranch.valueAsString,
                PollForSourceChanges: 'false',
              },
              outputArtifacts: [{ name: 'source_output' }],
            },
          ],
        },
        {
          name: 'BuildAndTest',
          actions: [
            {
              name: 'UnitTests',
              actionTypeId: {
                category: 'Test',
                owner: 'AWS',
                provider: 'CodeBuild',
                version: '1',
              },
              runOrder: 1,
              configuration: { ProjectName: unitTestProject.valueAsString },
              inputArtifacts: [{ name: 'source_output' }],
            },
            {
              name: 'Build',
              actionTypeId: {
                category: 'Build',
                owner: 'AWS',
                provider: 'CodeBuild',
                version: '1',
              },
              runOrder: 2,
              configuration: { ProjectName: buildProject.valueAsString },
              outputArtifacts: [{ name: 'build_output' }],
              inputArtifacts: [{ name: 'source_output' }],
            },
          ],
        },
        {
          name: 'DeployToFeatureEnv',
          actions: [
            {
              name: 'CreateFeatureStack',
              actionTypeId: {
                category: 'Deploy',
                owner: 'AWS',
                provider: 'CloudFormation',
                version: '1',
              },
              configuration: {
                ActionMode: 'CREATE_UPDATE',
                StackName: createFeatureStackStackName.valueAsString,
                TemplatePath: 'build_output::template.yaml',
                RoleArn: createFeatureStackRoleArn.valueAsString,
              },
              inputArtifacts: [{ name: 'build_output' }],
            },
          ],
        },
      ],
      executionMode: 'QUEUED',
      pipelineType: 'V2',
    });

    new events.CfnRule(this, 'FeatureBranchPipelineExecutionStateChangeRule', {
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
