import { opaque, type Action, type Pipeline, type Stage } from '@pipewright/model';

/*
 * Hand-written pipelines for rule tests. `pipeline()` is clean: no rule reports
 * anything on it (a test checks that). Each case changes one thing.
 */

export const ACCOUNT = '123456789012';
export const OTHER_ACCOUNT = '210987654321';
export const THIRD_ACCOUNT = '333333333333';
export const role = (account = ACCOUNT, name = 'pipeline') => `arn:aws:iam::${account}:role/${name}`;

export function source(name = 'Source', output = 'SourceOutput', extra: Partial<Action> = {}): Action {
  return {
    name,
    actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1' },
    configuration: {
      ConnectionArn: opaque('cloudformation', { Ref: 'ConnectionArn' }),
      FullRepositoryId: 'acme/app',
      BranchName: 'main',
    },
    outputArtifacts: [{ name: output }],
    namespace: 'SourceVariables',
    ...extra,
  };
}

export function build(
  name = 'Build',
  inputs = ['SourceOutput'],
  outputs = ['BuildOutput'],
  extra: Partial<Action> = {},
): Action {
  return {
    name,
    actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
    configuration: { ProjectName: 'app-build', ...(inputs.length > 1 && { PrimarySource: inputs[0]! }) },
    inputArtifacts: inputs.map((n) => ({ name: n })),
    outputArtifacts: outputs.map((n) => ({ name: n })),
    ...extra,
  };
}

export function deploy(name = 'Deploy', input = 'BuildOutput', extra: Partial<Action> = {}): Action {
  return {
    name,
    actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'ECS', version: '1' },
    configuration: { ClusterName: 'app', ServiceName: 'web' },
    inputArtifacts: [{ name: input }],
    ...extra,
  };
}

export function approval(name = 'Approve', extra: Partial<Action> = {}): Action {
  return { name, actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' }, ...extra };
}

export function stage(name: string, ...actions: Action[]): Stage {
  return { name, actions };
}

/** A clean two-stage pipeline (Source -> Build); pass stages or fields to change it. */
export function pipeline(overrides: Partial<Pipeline> = {}): Pipeline {
  return {
    name: 'demo',
    roleArn: role(),
    pipelineType: 'V2',
    artifactStore: {
      type: 'S3',
      location: 'demo-artifacts',
      encryptionKey: { id: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd`, type: 'KMS' },
    },
    stages: [stage('Source', source()), stage('Build', build())],
    ...overrides,
  };
}

/** The clean pipeline with these stages. */
export function withStages(...stages: Stage[]): Pipeline {
  return pipeline({ stages });
}
