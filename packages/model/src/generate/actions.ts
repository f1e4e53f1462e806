import type { Action } from '../schema/pipeline.js';
import type { Random } from './random.js';

/*
 * The building blocks of synthetic pipelines: one factory per action kind, each
 * producing an action valid under AWS's rules (catalogue provider, required
 * configuration keys, artifact counts within the provider's bounds).
 */

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

/** A variable a later action may reference: `#{namespace.key}`. */
export interface VariableRef {
  namespace: string;
  key: string;
}

/** What an action factory may draw on: artifacts and variables produced before it runs. */
export interface ActionInputs {
  name: string;
  /** Artifacts this action consumes (already chosen, 1..n, produced earlier). */
  pickInputs(max: number): string[];
  /** A variable produced earlier, or undefined when none exists yet. */
  pickVariable(): VariableRef | undefined;
  random: Random;
}

export interface ActionKind {
  id: string;
  build(ctx: ActionInputs): Action;
  /** Output variable keys the action emits under its namespace (fixed keys only). */
  emits?: readonly string[];
}

const ref = (v: VariableRef | undefined, fallback = 'codepipeline.PipelineExecutionId'): string =>
  v ? `#{${v.namespace}.${v.key}}` : `#{${fallback}}`;

const output = (name: string): { name: string }[] => [{ name: `${name}-out` }];
const artifacts = (names: string[]): { name: string }[] => names.map((name) => ({ name }));
export const namespaceOf = (actionName: string): string => `${actionName}-vars`;

/** Source actions for the first stage; each has exactly one output artifact and no input. */
export const sourceKinds: readonly ActionKind[] = [
  {
    id: 'CodeStarSourceConnection',
    emits: ['CommitId', 'BranchName', 'AuthorDate', 'CommitMessage', 'ConnectionArn', 'FullRepositoryName'],
    build: ({ name, random }) => ({
      name,
      actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1' },
      runOrder: 1,
      configuration: {
        ConnectionArn: `arn:aws:codeconnections:${REGION}:${ACCOUNT}:connection/0f4c2a1e-7d3b-4c55-9a57-1d2e3f4a5b6c`,
        FullRepositoryId: `example-org/service-${random.int(1, 99)}`,
        BranchName: 'main',
      },
      outputArtifacts: output(name),
      namespace: namespaceOf(name),
    }),
  },
  {
    id: 'CodeCommit',
    emits: ['CommitId', 'BranchName', 'RepositoryName', 'AuthorDate', 'CommitMessage', 'CommitterDate'],
    build: ({ name, random }) => ({
      name,
      actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
      runOrder: 1,
      configuration: { RepositoryName: `repo-${random.int(1, 99)}`, BranchName: 'main', PollForSourceChanges: 'false' },
      outputArtifacts: output(name),
      namespace: namespaceOf(name),
    }),
  },
  {
    id: 'S3',
    emits: ['ETag', 'VersionId'],
    build: ({ name, random }) => ({
      name,
      actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
      runOrder: 1,
      configuration: {
        S3Bucket: `pipewright-source-${random.int(1, 99)}`,
        S3ObjectKey: 'source/app.zip',
        PollForSourceChanges: 'false',
      },
      outputArtifacts: output(name),
      namespace: namespaceOf(name),
    }),
  },
  {
    id: 'ECR',
    emits: ['ImageDigest', 'ImageTag', 'ImageURI', 'RegistryId', 'RepositoryName'],
    build: ({ name, random }) => ({
      name,
      actionTypeId: { category: 'Source', owner: 'AWS', provider: 'ECR', version: '1' },
      runOrder: 1,
      configuration: { RepositoryName: `image-${random.int(1, 99)}`, ImageTag: 'latest' },
      outputArtifacts: output(name),
      namespace: namespaceOf(name),
    }),
  },
];

/** Actions for every stage after the first. */
export const stageKinds: readonly ActionKind[] = [
  {
    id: 'CodeBuild',
    build: ({ name, pickInputs, pickVariable }) => {
      const inputs = pickInputs(2);
      return {
        name,
        actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
        configuration: {
          ProjectName: `${name}-project`,
          ...(inputs.length > 1 ? { PrimarySource: inputs[0] as string } : {}),
          EnvironmentVariables: JSON.stringify([{ name: 'SOURCE_REF', value: ref(pickVariable()), type: 'PLAINTEXT' }]),
        },
        inputArtifacts: artifacts(inputs),
        outputArtifacts: output(name),
        namespace: namespaceOf(name),
      };
    },
  },
  {
    id: 'CodeBuildTest',
    build: ({ name, pickInputs }) => ({
      name,
      actionTypeId: { category: 'Test', owner: 'AWS', provider: 'CodeBuild', version: '1' },
      configuration: { ProjectName: `${name}-tests` },
      inputArtifacts: artifacts(pickInputs(1)),
    }),
  },
  {
    id: 'CloudFormation',
    build: ({ name, pickInputs, pickVariable }) => {
      const inputs = pickInputs(1);
      return {
        name,
        actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' },
        configuration: {
          ActionMode: 'CREATE_UPDATE',
          StackName: `${name}-stack`,
          RoleArn: `arn:aws:iam::${ACCOUNT}:role/pipewright-cfn-deploy`,
          TemplatePath: `${inputs[0] as string}::template.yaml`,
          Capabilities: 'CAPABILITY_IAM',
          ParameterOverrides: JSON.stringify({
            Environment: '#{variables.DeployEnvironment}',
            SourceRef: ref(pickVariable()),
          }),
        },
        inputArtifacts: artifacts(inputs),
        namespace: namespaceOf(name),
      };
    },
  },
  {
    id: 'LambdaInvoke',
    build: ({ name, pickVariable }) => ({
      name,
      actionTypeId: { category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1' },
      configuration: { FunctionName: `${name}-fn`, UserParameters: ref(pickVariable()) },
    }),
  },
  {
    id: 'ManualApproval',
    build: ({ name, pickVariable }) => ({
      name,
      actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
      configuration: { CustomData: `Approve the release of ${ref(pickVariable())}` },
      timeoutInMinutes: 60,
    }),
  },
  {
    id: 'S3Deploy',
    build: ({ name, pickInputs }) => ({
      name,
      actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'S3', version: '1' },
      configuration: { BucketName: `pipewright-site-${name.toLowerCase()}`, Extract: 'true' },
      inputArtifacts: artifacts(pickInputs(1)),
    }),
  },
  {
    id: 'ECSDeploy',
    build: ({ name, pickInputs }) => ({
      name,
      actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'ECS', version: '1' },
      configuration: {
        ClusterName: 'pipewright-cluster',
        ServiceName: `${name}-svc`,
        FileName: 'imagedefinitions.json',
      },
      inputArtifacts: artifacts(pickInputs(1)),
    }),
  },
  {
    id: 'StepFunctions',
    emits: ['StateMachineArn', 'ExecutionArn'],
    build: ({ name, pickVariable }) => ({
      name,
      actionTypeId: { category: 'Invoke', owner: 'AWS', provider: 'StepFunctions', version: '1' },
      configuration: {
        StateMachineArn: `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${name}`,
        InputType: 'Literal',
        Input: JSON.stringify({ ref: ref(pickVariable()) }),
      },
      namespace: namespaceOf(name),
    }),
  },
  {
    id: 'Commands',
    emits: ['RESULT'],
    build: ({ name, pickInputs, pickVariable }) => ({
      name,
      actionTypeId: { category: 'Compute', owner: 'AWS', provider: 'Commands', version: '1' },
      commands: [`echo building ${ref(pickVariable())}`, 'export RESULT=done'],
      inputArtifacts: artifacts(pickInputs(2)),
      outputArtifacts: output(name),
      outputVariables: ['RESULT'],
      namespace: namespaceOf(name),
    }),
  },
];
