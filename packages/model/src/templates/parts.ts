import type { Action, ArtifactStore, Pipeline, Stage } from '../schema/pipeline.js';
import { placeholder } from './placeholders.js';

/*
 * Building blocks shared by the templates. They write the actions out in full (no hidden
 * defaults), so a template reads like the pipeline JSON it produces.
 */

export const pipelineRoleArn = `arn:aws:iam::${placeholder('account-id')}:role/${placeholder('pipeline-role-name')}`;

export function artifactStore(options: { kms: boolean }): ArtifactStore {
  return {
    type: 'S3',
    location: placeholder('artifact-bucket'),
    ...(options.kms ? { encryptionKey: { id: placeholder('kms-key-arn'), type: 'KMS' } } : {}),
  };
}

/** A V2 pipeline with the given stages; V2 is what AWS recommends for new pipelines. */
export function pipeline(name: string, stages: Stage[], options: { kms: boolean }): Pipeline {
  return {
    name,
    roleArn: pipelineRoleArn,
    artifactStore: artifactStore(options),
    pipelineType: 'V2',
    executionMode: 'QUEUED',
    stages,
  };
}

/** CodeCommit source on change events (PollForSourceChanges false: the design's third anti-pattern is polling). */
export function codeCommitSource(
  name: string,
  output: string,
  options: { repository?: string; branch?: string; namespace?: string } = {},
): Action {
  return {
    name,
    actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' },
    configuration: {
      RepositoryName: options.repository ?? placeholder('repository-name'),
      BranchName: options.branch ?? 'main',
      PollForSourceChanges: 'false',
    },
    outputArtifacts: [{ name: output }],
    ...(options.namespace ? { namespace: options.namespace } : {}),
  };
}

export function codeBuild(
  name: string,
  options: {
    category?: 'Build' | 'Test';
    project: string;
    inputs: string[];
    outputs?: string[];
    runOrder?: number;
    namespace?: string;
    environment?: { name: string; value: string }[];
  },
): Action {
  const configuration: Record<string, string> = { ProjectName: options.project };
  if (options.environment) {
    configuration['EnvironmentVariables'] = JSON.stringify(
      options.environment.map((v) => ({ name: v.name, value: v.value, type: 'PLAINTEXT' })),
    );
  }
  return {
    name,
    actionTypeId: { category: options.category ?? 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
    configuration,
    inputArtifacts: options.inputs.map((n) => ({ name: n })),
    ...(options.outputs ? { outputArtifacts: options.outputs.map((n) => ({ name: n })) } : {}),
    ...(options.runOrder !== undefined ? { runOrder: options.runOrder } : {}),
    ...(options.namespace ? { namespace: options.namespace } : {}),
  };
}

export function lambdaInvoke(
  name: string,
  functionName: string,
  options: { inputs?: string[]; runOrder?: number } = {},
): Action {
  return {
    name,
    actionTypeId: { category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1' },
    configuration: { FunctionName: functionName },
    ...(options.inputs ? { inputArtifacts: options.inputs.map((n) => ({ name: n })) } : {}),
    ...(options.runOrder !== undefined ? { runOrder: options.runOrder } : {}),
  };
}

export function cloudFormationDeploy(
  name: string,
  options: { stackName: string; templatePath: string; input: string; roleArn?: string; actionRoleArn?: string },
): Action {
  return {
    name,
    actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' },
    configuration: {
      ActionMode: 'CREATE_UPDATE',
      StackName: options.stackName,
      TemplatePath: options.templatePath,
      ...(options.roleArn ? { RoleArn: options.roleArn } : {}),
    },
    inputArtifacts: [{ name: options.input }],
    ...(options.actionRoleArn ? { roleArn: options.actionRoleArn } : {}),
  };
}

export function stage(name: string, ...actions: Action[]): Stage {
  return { name, actions };
}
