import type { Action, Pipeline } from '../../src/index.js';

/*
 * A hand-written release pipeline for the diff tests: Source -> Build ->
 * Staging -> Prod (a manual approval at run order 1, the deploy at 2), one
 * trigger, an encrypted artifact store, a stage condition and rollback on Prod.
 * `edited(fn)` is a copy changed by `fn`.
 */

export const ACCOUNT = '123456789012';
export const OTHER_ACCOUNT = '210987654321';
export const role = (account = ACCOUNT, name = 'pipeline') => `arn:aws:iam::${account}:role/${name}`;

const source: Action = {
  name: 'Source',
  actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1' },
  configuration: {
    ConnectionArn: `arn:aws:codeconnections:us-east-1:${ACCOUNT}:connection/abc`,
    FullRepositoryId: 'acme/app',
    BranchName: 'main',
  },
  outputArtifacts: [{ name: 'SourceOutput' }],
  namespace: 'SourceVariables',
};

const build: Action = {
  name: 'Build',
  actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
  configuration: { ProjectName: 'app-build' },
  inputArtifacts: [{ name: 'SourceOutput' }],
  outputArtifacts: [{ name: 'BuildOutput' }],
};

const unitTests: Action = {
  name: 'UnitTests',
  actionTypeId: { category: 'Test', owner: 'AWS', provider: 'CodeBuild', version: '1' },
  configuration: { ProjectName: 'app-tests' },
  inputArtifacts: [{ name: 'SourceOutput' }],
};

const deploy = (name: string, cluster: string, extra: Partial<Action> = {}): Action => ({
  name,
  actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'ECS', version: '1' },
  configuration: { ClusterName: cluster, ServiceName: 'web' },
  inputArtifacts: [{ name: 'BuildOutput' }],
  ...extra,
});

const approve: Action = {
  name: 'Approve',
  actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
  runOrder: 1,
};

export function release(): Pipeline {
  return {
    name: 'release',
    roleArn: role(),
    pipelineType: 'V2',
    executionMode: 'QUEUED',
    artifactStore: {
      type: 'S3',
      location: 'release-artifacts',
      encryptionKey: { id: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd`, type: 'KMS' },
    },
    variables: [{ name: 'Env', defaultValue: 'dev' }],
    triggers: [
      {
        providerType: 'CodeStarSourceConnection',
        gitConfiguration: {
          sourceActionName: 'Source',
          push: [{ branches: { includes: ['main'] }, filePaths: { excludes: ['docs/**'] } }],
        },
      },
    ],
    stages: [
      { name: 'Source', actions: [structuredClone(source)] },
      { name: 'Build', actions: [structuredClone(build), structuredClone(unitTests)] },
      { name: 'Staging', actions: [deploy('DeployStaging', 'staging')] },
      {
        name: 'Prod',
        beforeEntry: {
          conditions: [
            {
              result: 'FAIL',
              rules: [
                {
                  name: 'NoAlarms',
                  ruleTypeId: { category: 'Rule', owner: 'AWS', provider: 'CloudWatchAlarm', version: '1' },
                  configuration: { AlarmName: 'staging-errors' },
                },
              ],
            },
          ],
        },
        onFailure: { result: 'ROLLBACK' },
        actions: [
          structuredClone(approve),
          deploy('DeployProd', 'prod', { runOrder: 2, roleArn: role(ACCOUNT, 'deploy') }),
        ],
      },
    ],
  };
}

/** A copy of `pipeline` changed by `edit`. */
export function edited(pipeline: Pipeline, edit: (p: Pipeline) => void): Pipeline {
  const copy = structuredClone(pipeline);
  edit(copy);
  return copy;
}

/** The action at `stage`/`action` of a pipeline (for terse edits in tests). */
export function actionAt(p: Pipeline, stage: number, action: number): Action {
  const found = p.stages[stage]?.actions[action];
  if (!found) throw new Error(`no action ${stage}/${action}`);
  return found;
}
