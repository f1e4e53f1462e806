import type { Action, Pipeline } from '@pipewright/model';

/*
 * A pipeline of our own with one action of every provider the L2 export writes as a
 * `codepipeline_actions` class, a trigger with push and pull-request filters, and stage
 * conditions (beforeEntry, onSuccess, onFailure with retry): the CDK L2 test synthesizes it.
 */

const type = (category: 'Source' | 'Compute' | 'Invoke' | 'Deploy', provider: string): Action['actionTypeId'] => ({
  category,
  owner: 'AWS',
  provider,
  version: '1',
});
const role = 'arn:aws:iam::111122223333:role/deployer';

export const L2_FIXTURE: Pipeline = {
  name: 'l2-every-class',
  roleArn: 'arn:aws:iam::111122223333:role/pipeline',
  artifactStore: { type: 'S3', location: 'l2-artifacts-111122223333' },
  pipelineType: 'V2',
  executionMode: 'QUEUED',
  variables: [{ name: 'Env', defaultValue: 'dev', description: 'Target environment' }],
  triggers: [
    {
      providerType: 'CodeStarSourceConnection',
      gitConfiguration: {
        sourceActionName: 'App',
        push: [{ branches: { includes: ['main'], excludes: ['wip/*'] }, filePaths: { includes: ['src/**'] } }],
        pullRequest: [{ branches: { includes: ['main'] }, events: ['OPEN', 'UPDATED'] }],
      },
    },
  ],
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'App',
          actionTypeId: type('Source', 'CodeStarSourceConnection'),
          configuration: {
            ConnectionArn: 'arn:aws:codeconnections:eu-west-1:111122223333:connection/abc',
            FullRepositoryId: 'octo/app',
            BranchName: 'main',
            DetectChanges: 'false',
          },
          outputArtifacts: [{ name: 'AppSource' }],
          namespace: 'AppVars',
        },
        {
          name: 'Infra',
          actionTypeId: type('Source', 'CodeCommit'),
          configuration: { RepositoryName: 'infra', BranchName: 'main', PollForSourceChanges: 'false' },
          outputArtifacts: [{ name: 'InfraSource' }],
        },
        {
          name: 'Assets',
          actionTypeId: type('Source', 'S3'),
          configuration: { S3Bucket: 'l2-assets', S3ObjectKey: 'assets.zip', PollForSourceChanges: 'false' },
          outputArtifacts: [{ name: 'AssetsSource' }],
        },
        {
          name: 'Image',
          actionTypeId: type('Source', 'ECR'),
          configuration: { RepositoryName: 'web', ImageTag: 'release' },
          outputArtifacts: [{ name: 'ImageSource' }],
        },
      ],
    },
    {
      name: 'Build',
      actions: [
        {
          name: 'Test',
          actionTypeId: type('Compute', 'Commands'),
          commands: ['npm ci', 'npm test'],
          inputArtifacts: [{ name: 'AppSource' }, { name: 'AssetsSource' }],
          outputArtifacts: [{ name: 'Tested' }],
          outputVariables: ['VERSION'],
        },
        {
          name: 'Notify',
          actionTypeId: type('Invoke', 'Lambda'),
          configuration: { FunctionName: 'notify-build', UserParameters: 'started' },
          runOrder: 2,
        },
      ],
      onFailure: { result: 'RETRY', retryConfiguration: { retryMode: 'FAILED_ACTIONS' } },
    },
    {
      name: 'Prepare',
      actions: [
        {
          name: 'PlanChanges',
          actionTypeId: type('Deploy', 'CloudFormation'),
          configuration: {
            ActionMode: 'CHANGE_SET_REPLACE',
            StackName: 'web',
            ChangeSetName: 'web-changes',
            TemplatePath: 'InfraSource::template.yaml',
            TemplateConfiguration: 'Tested::config.json',
            RoleArn: role,
            Capabilities: 'CAPABILITY_IAM,CAPABILITY_AUTO_EXPAND',
            ParameterOverrides: '{"Env":"#{variables.Env}"}',
          },
          inputArtifacts: [{ name: 'InfraSource' }, { name: 'Tested' }],
        },
        {
          name: 'ApplyChanges',
          actionTypeId: type('Deploy', 'CloudFormation'),
          configuration: { ActionMode: 'CHANGE_SET_EXECUTE', StackName: 'web', ChangeSetName: 'web-changes' },
          runOrder: 2,
        },
      ],
      beforeEntry: {
        conditions: [
          {
            result: 'FAIL',
            rules: [
              {
                name: 'OnlyMain',
                ruleTypeId: { category: 'Rule', owner: 'AWS', provider: 'VariableCheck', version: '1' },
                configuration: { Variable: '#{AppVars.BranchName}', Value: 'main', Operator: 'EQ' },
              },
            ],
          },
        ],
      },
    },
    {
      name: 'Deploy',
      actions: [
        {
          name: 'Stack',
          actionTypeId: type('Deploy', 'CloudFormation'),
          configuration: {
            ActionMode: 'CREATE_UPDATE',
            StackName: 'web-data',
            TemplatePath: 'InfraSource::data.yaml',
            RoleArn: role,
            OutputFileName: 'outputs.json',
          },
          inputArtifacts: [{ name: 'InfraSource' }],
          outputArtifacts: [{ name: 'StackOutputs' }],
        },
        {
          name: 'Site',
          actionTypeId: type('Deploy', 'S3'),
          configuration: {
            BucketName: 'l2-site',
            Extract: 'true',
            CannedACL: 'bucket-owner-full-control',
            CacheControl: 'max-age=300',
          },
          inputArtifacts: [{ name: 'Tested' }],
        },
        {
          name: 'Servers',
          actionTypeId: type('Deploy', 'CodeDeploy'),
          configuration: { ApplicationName: 'web', DeploymentGroupName: 'web-fleet' },
          inputArtifacts: [{ name: 'Tested' }],
        },
        {
          name: 'Workflow',
          actionTypeId: type('Invoke', 'StepFunctions'),
          configuration: {
            // In the stack's own region and account (a literal region would make it cross-region).
            StateMachineArn: {
              $opaque: 'cloudformation',
              expr: { 'Fn::Sub': 'arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:smoke' },
            },
            Input: '{"env":"dev"}',
            InputType: 'Literal',
            ExecutionNamePrefix: 'smoke',
          },
          runOrder: 2,
        },
        {
          name: 'Containers',
          actionTypeId: type('Deploy', 'ECS'),
          configuration: {
            ClusterName: 'web',
            ServiceName: 'web-api',
            FileName: 'images.json',
            DeploymentTimeout: '20',
          },
          inputArtifacts: [{ name: 'Tested' }],
          runOrder: 2,
        },
        {
          name: 'Retire',
          actionTypeId: type('Deploy', 'CloudFormation'),
          configuration: { ActionMode: 'DELETE_ONLY', StackName: 'web-old', RoleArn: role },
          runOrder: 3,
        },
      ],
      onSuccess: {
        conditions: [
          {
            result: 'ROLLBACK',
            rules: [
              {
                name: 'NoAlarm',
                ruleTypeId: { category: 'Rule', owner: 'AWS', provider: 'CloudWatchAlarm', version: '1' },
                configuration: { AlarmName: 'web-errors' },
              },
            ],
          },
        ],
      },
    },
  ],
};
