import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface GitopsDeploymentStackProps extends cdk.StackProps {}

/** CodePipeline pipeline GitopsDeploymentStack (exported by Pipewright). */
export class GitopsDeploymentStack extends cdk.Stack {
  public readonly pipeline: codepipeline.CfnPipeline;

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

    this.pipeline = new codepipeline.CfnPipeline(this, 'GitopsDeployment', {
      name: 'gitops-deployment',
      roleArn: roleArn.valueAsString,
      artifactStore: { type: 'S3', location: artifactBucket.valueAsString },
      stages: [
        {
          name: 'Source',
          actions: [
            {
              name: 'ConfigRepo',
              actionTypeId: {
                category: 'Source',
                owner: 'AWS',
                provider: 'CodeCommit',
                version: '1',
              },
              configuration: {
                RepositoryName: configRepositoryName.valueAsString,
                BranchName: 'main',
                PollForSourceChanges: 'false',
              },
              outputArtifacts: [{ name: 'config_output' }],
            },
          ],
        },
        {
          name: 'Validate',
          actions: [
            {
              name: 'ValidateManifests',
              actionTypeId: {
                category: 'Test',
                owner: 'AWS',
                provider: 'CodeBuild',
                version: '1',
              },
              configuration: { ProjectName: validateProject.valueAsString },
              inputArtifacts: [{ name: 'config_output' }],
            },
          ],
        },
        {
          name: 'Deploy',
          actions: [
            {
              name: 'ApplyManifests',
              actionTypeId: {
                category: 'Invoke',
                owner: 'AWS',
                provider: 'Lambda',
                version: '1',
              },
              configuration: { FunctionName: gitopsSyncFunction.valueAsString },
              inputArtifacts: [{ name: 'config_output' }],
            },
          ],
        },
      ],
      executionMode: 'QUEUED',
      pipelineType: 'V2',
    });

    new events.CfnRule(this, 'GitopsDeploymentExecutionStateChangeRule', {
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
