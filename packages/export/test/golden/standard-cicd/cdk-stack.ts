import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface StandardAppPipelineStackProps extends cdk.StackProps {}

/** CodePipeline pipeline StandardAppPipelineStack (exported by Pipewright). */
export class StandardAppPipelineStack extends cdk.Stack {
  public readonly pipeline: codepipeline.CfnPipeline;

  constructor(scope: Construct, id: string, props: StandardAppPipelineStackProps = {}) {
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

    const codedeployApplication = new cdk.CfnParameter(this, 'CodedeployApplication', {
      type: 'String',
      description: 'Replace the template placeholder: <your-codedeploy-application>',
    });

    const deploymentGroup = new cdk.CfnParameter(this, 'DeploymentGroup', {
      type: 'String',
      description: 'Replace the template placeholder: <your-deployment-group>',
    });

    this.pipeline = new codepipeline.CfnPipeline(this, 'StandardAppPipeline', {
      name: 'standard-app-pipeline',
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
              namespace: 'SourceVariables',
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
              configuration: {
                ProjectName: buildProject.valueAsString,
                EnvironmentVariables: '[{"name":"COMMIT_ID","value":"#{SourceVariables.CommitId}","type":"PLAINTEXT"}]',
              },
              outputArtifacts: [{ name: 'build_output' }],
              inputArtifacts: [{ name: 'source_output' }],
              namespace: 'BuildVariables',
            },
          ],
        },
        {
          name: 'Deploy',
          actions: [
            {
              name: 'DeployApplication',
              actionTypeId: {
                category: 'Deploy',
                owner: 'AWS',
                provider: 'CodeDeploy',
                version: '1',
              },
              configuration: {
                ApplicationName: codedeployApplication.valueAsString,
                DeploymentGroupName: deploymentGroup.valueAsString,
              },
              inputArtifacts: [{ name: 'build_output' }],
            },
          ],
        },
      ],
      executionMode: 'QUEUED',
      pipelineType: 'V2',
    });

    new events.CfnRule(this, 'StandardAppPipelineExecutionStateChangeRule', {
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
