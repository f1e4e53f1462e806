import * as cdk from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as events from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';

export interface BlueGreenDeploymentStackProps extends cdk.StackProps {}

/** CodePipeline pipeline BlueGreenDeploymentStack (exported by Pipewright). */
export class BlueGreenDeploymentStack extends cdk.Stack {
  public readonly pipeline: codepipeline.CfnPipeline;

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

    this.pipeline = new codepipeline.CfnPipeline(this, 'BlueGreenDeployment', {
      name: 'blue-green-deployment',
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
          name: 'DeployToBlue',
          actions: [
            {
              name: 'DeployBlueEnvironment',
              actionTypeId: {
                category: 'Deploy',
                owner: 'AWS',
                provider: 'CodeDeploy',
                version: '1',
              },
              configuration: {
                ApplicationName: codedeployApplication.valueAsString,
                DeploymentGroupName: blueDeploymentGroup.valueAsString,
              },
              inputArtifacts: [{ name: 'build_output' }],
            },
          ],
        },
        {
          name: 'TestBlue',
          actions: [
            {
              name: 'IntegrationTests',
              actionTypeId: {
                category: 'Test',
                owner: 'AWS',
                provider: 'CodeBuild',
                version: '1',
              },
              configuration: {
                ProjectName: testProject.valueAsString,
                EnvironmentVariables: '[{"name":"TARGET_ENV","value":"blue","type":"PLAINTEXT"}]',
              },
              inputArtifacts: [{ name: 'build_output' }],
            },
          ],
        },
        {
          name: 'SwitchTraffic',
          actions: [
            {
              name: 'ManualApproval',
              actionTypeId: {
                category: 'Approval',
                owner: 'AWS',
                provider: 'Manual',
                version: '1',
              },
              runOrder: 1,
              configuration: { CustomData: 'Approve traffic switch from green to blue' },
            },
            {
              name: 'SwitchLoadBalancer',
              actionTypeId: {
                category: 'Invoke',
                owner: 'AWS',
                provider: 'Lambda',
                version: '1',
              },
              runOrder: 2,
              configuration: { FunctionName: trafficSwitchFunction.valueAsString },
            },
          ],
        },
      ],
      executionMode: 'QUEUED',
      pipelineType: 'V2',
    });

    new events.CfnRule(this, 'BlueGreenDeploymentExecutionStateChangeRule', {
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
