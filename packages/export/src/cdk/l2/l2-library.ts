import { isPlainObject } from '../../plan/own.js';
import { scalarProp } from '../cfn-to-ts.js';
import { arr, call, code, construct, data, obj, str, type TsExpr } from '../ts-ir.js';
import type { L2Scope } from './l2-scope.js';

/*
 * The `codepipeline_actions` class for a provider, where one renders exactly the declaration
 * (the same configuration, artifacts in the same order). Each matcher reads what aws-cdk-lib
 * 2.276's `bound()` writes for its class (node_modules/aws-cdk-lib/aws-codepipeline-actions):
 * a value L2 would write differently (a default it adds, a split it cannot make) is not
 * expressed, and the matcher says which fields, so the caller writes a `DeclaredAction` and
 * warns naming them. The resources an action uses are imported by name or ARN, as a CDK user
 * does (`Repository.fromRepositoryName`, `Bucket.fromBucketName`, ...); with the design's
 * role imported immutable, L2 adds no policy to it.
 */

export interface MatchInput {
  action: Record<string, unknown>;
  /** ActionTypeId with a numeric version as text. */
  type: Record<string, string>;
  config: Record<string, unknown> | undefined;
  inputs: string[];
  outputs: string[];
  /** actionName, runOrder, variablesNamespace, role. */
  common: [string, TsExpr][];
  scope: L2Scope;
}

export type MatchResult =
  | { expr: TsExpr; imports: string[] }
  /** The class's name and the declaration fields it cannot express (CFN names). */
  | { className: string; unexpressed: string[] };

interface Matcher {
  className: string;
  /** Does this class stand for the action type? */
  covers(type: Record<string, string>): boolean;
  match(input: MatchInput, fail: Fail): MatchResult;
}

/** Collects the fields a class cannot express; `result()` is the failure when any were noted. */
class Fail {
  readonly fields: string[] = [];
  note(field: string): void {
    if (!this.fields.includes(field)) this.fields.push(field);
  }
  /** Notes every configuration key outside `allowed`. */
  onlyKeys(config: Record<string, unknown> | undefined, allowed: string[]): void {
    for (const k of Object.keys(config ?? {})) if (!allowed.includes(k)) this.note(`Configuration.${k}`);
  }
  need(config: Record<string, unknown> | undefined, key: string): unknown {
    const value = config?.[key];
    if (value === undefined) this.note(`Configuration.${key} (absent, which the class cannot leave out)`);
    return value;
  }
  count(what: 'InputArtifacts' | 'OutputArtifacts', list: string[], min: number, max: number): void {
    if (list.length < min || list.length > max) this.note(what);
  }
}

const ACL = [
  'private',
  'public-read',
  'public-read-write',
  'authenticated-read',
  'log-delivery-write',
  'bucket-owner-read',
  'bucket-owner-full-control',
  'aws-exec-read',
];

const CAPABILITIES: Record<string, string> = {
  CAPABILITY_IAM: 'cdk.CfnCapabilities.ANONYMOUS_IAM',
  CAPABILITY_NAMED_IAM: 'cdk.CfnCapabilities.NAMED_IAM',
  CAPABILITY_AUTO_EXPAND: 'cdk.CfnCapabilities.AUTO_EXPAND',
};

/** A `'true'`/`'false'` text (or boolean) as a boolean; undefined for anything else (a parameter...). */
function flag(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/** A JSON text that `JSON.stringify` writes back exactly (what `toJsonString`/`literal()` do). */
function exactJson(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return isPlainObject(parsed) && JSON.stringify(parsed) === value ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown, s: MatchInput) => scalarProp(value, 'string', s.scope.ctx);
const artifact = (name: string, s: MatchInput): TsExpr => code(s.scope.artifacts.get(name) ?? 'undefined');
const imported = (s: MatchInput, what: string, fn: string, value: TsExpr): TsExpr =>
  call(fn, [code('this'), str(s.scope.importedId(`${s.action['Name'] as string}${what}`)), value]);

/** `Artifact::path` inside one of the action's input artifacts, as `artifact.atPath(path)`. */
function artifactPath(value: unknown, s: MatchInput): { artifact: string; expr: TsExpr } | undefined {
  if (typeof value !== 'string') return undefined;
  const at = value.indexOf('::');
  if (at <= 0) return undefined;
  const name = value.slice(0, at);
  if (!s.inputs.includes(name)) return undefined;
  return {
    artifact: name,
    expr: { kind: 'method', target: artifact(name, s), name: 'atPath', args: [str(value.slice(at + 2))] },
  };
}

const aws = (type: Record<string, string>, category: string, provider: string) =>
  type['Owner'] === 'AWS' && type['Category'] === category && type['Provider'] === provider;

const ENV_TYPES = ['PLAINTEXT', 'PARAMETER_STORE', 'SECRETS_MANAGER'];

/**
 * CodeBuild's `EnvironmentVariables` JSON as `environmentVariables` entries. L2 writes its own
 * JSON (`name`, `type`, `value`, PLAINTEXT when no type), so the variables must be plain
 * name/value/type objects with distinct names (and none an array index, which an object
 * would reorder).
 */
function environmentVariables(value: unknown): TsExpr | undefined {
  if (typeof value !== 'string') return undefined;
  let list: unknown;
  try {
    list = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const names = new Set<string>();
  const entries: [string, TsExpr][] = [];
  for (const item of list) {
    if (!isPlainObject(item) || Object.keys(item).some((k) => !['name', 'value', 'type'].includes(k))) return undefined;
    const { name, value: v, type } = item;
    if (typeof name !== 'string' || /^\d+$/.test(name) || names.has(name) || typeof v !== 'string') return undefined;
    if (type !== undefined && !(typeof type === 'string' && ENV_TYPES.includes(type))) return undefined;
    names.add(name);
    const variable: [string, TsExpr][] = [['value', str(v)]];
    if (type !== undefined) variable.push(['type', code(`codebuild.BuildEnvironmentVariableType.${type as string}`)]);
    entries.push([name, obj(variable)]);
  }
  return obj(entries);
}

const MATCHERS: Matcher[] = [
  {
    className: 'CodeBuildAction',
    covers: (t) =>
      t['Owner'] === 'AWS' && t['Provider'] === 'CodeBuild' && ['Build', 'Test'].includes(t['Category'] ?? ''),
    match(s, fail) {
      const c = s.config;
      fail.onlyKeys(c, ['ProjectName', 'EnvironmentVariables', 'PrimarySource', 'BatchEnabled', 'CombineArtifacts']);
      fail.count('InputArtifacts', s.inputs, 1, 5);
      fail.count('OutputArtifacts', s.outputs, 0, 5);
      // CodeBuildAction runs in its project's region: it takes none.
      if (s.action['Region'] !== undefined) fail.note('Region');
      const project = fail.need(c, 'ProjectName');
      const env = c?.['EnvironmentVariables'];
      const variables = env === undefined ? undefined : environmentVariables(env);
      if (env !== undefined && !variables) fail.note('Configuration.EnvironmentVariables');
      // L2 writes PrimarySource (the first input) exactly when there are several inputs.
      if (
        s.inputs.length > 1 !== (c?.['PrimarySource'] !== undefined) ||
        (s.inputs.length > 1 && c?.['PrimarySource'] !== s.inputs[0])
      )
        fail.note('Configuration.PrimarySource');
      const batch = c?.['BatchEnabled'];
      if (batch !== undefined && flag(batch) !== true) fail.note('Configuration.BatchEnabled');
      const combine = c?.['CombineArtifacts'];
      if (combine !== undefined && (flag(combine) !== true || batch === undefined))
        fail.note('Configuration.CombineArtifacts');
      if (fail.fields.length > 0) return { className: this.className, unexpressed: fail.fields };
      const props: [string, TsExpr][] = [
        ...s.common,
        ['project', imported(s, 'Project', 'codebuild.Project.fromProjectName', text(project, s))],
        ['input', artifact(s.inputs[0]!, s)],
      ];
      if (s.inputs.length > 1) props.push(['extraInputs', arr(s.inputs.slice(1).map((n) => artifact(n, s)))]);
      if (s.outputs.length > 0) props.push(['outputs', arr(s.outputs.map((n) => artifact(n, s)))]);
      if (s.type['Category'] === 'Test') props.push(['type', code('codepipeline_actions.CodeBuildActionType.TEST')]);
      if (variables) props.push(['environmentVariables', variables]);
      if (batch !== undefined) props.push(['executeBatchBuild', data(true)]);
      if (combine !== undefined) props.push(['combineBatchBuildArtifacts', data(true)]);
      return { expr: construct('codepipeline_actions.CodeBuildAction', [obj(props)]), imports: ['codebuild'] };
    },
  },
  {
    className: 'ManualApprovalAction',
    covers: (t) => aws(t, 'Approval', 'Manual'),
    match(s, fail) {
      const c = s.config;
      // A topic (NotificationArn) would get a policy and subscriptions the design does not have.
      fail.onlyKeys(c, ['CustomData', 'ExternalEntityLink']);
      fail.count('InputArtifacts', s.inputs, 0, 0);
      fail.count('OutputArtifacts', s.outputs, 0, 0);
      if (s.action['Region'] !== undefined) fail.note('Region');
      if (fail.fields.length > 0) return { className: this.className, unexpressed: fail.fields };
      const props = [...s.common];
      if (c?.['CustomData'] !== undefined) props.push(['additionalInformation', text(c['CustomData'], s)]);
      if (c?.['ExternalEntityLink'] !== undefined) props.push(['externalEntityLink', text(c['ExternalEntityLink'], s)]);
      return { expr: construct('codepipeline_actions.ManualApprovalAction', [obj(props)]), imports: [] };
    },
  },
  {
    className: 'CodeCommitSourceAction',
    covers: (t) => aws(t, 'Source', 'CodeCommit'),
    match(s, fail) {
      const c = s.config;
      fail.onlyKeys(c, ['RepositoryName', 'BranchName', 'PollForSourceChanges', 'OutputArtifactFormat']);
      fail.count('InputArtifacts', s.inputs, 0, 0);
      fail.count('OutputArtifacts', s.outputs, 1, 1);
      const repository = fail.need(c, 'RepositoryName');
      const branch = fail.need(c, 'BranchName');
      // L2 always writes PollForSourceChanges: POLL (true, CodePipeline's default when it is
      // absent) or NONE (false; EVENTS would add a rule).
      const pollValue = c?.['PollForSourceChanges'];
      const poll = pollValue === undefined ? true : flag(pollValue);
      if (poll === undefined) fail.note('Configuration.PollForSourceChanges');
      const format = c?.['OutputArtifactFormat'];
      if (format !== undefined && format !== 'CODEBUILD_CLONE_REF') fail.note('Configuration.OutputArtifactFormat');
      if (fail.fields.length > 0) return { className: this.className, unexpressed: fail.fields };
      const props: [string, TsExpr][] = [
        ...s.common,
        ['repository', imported(s, 'Repository', 'codecommit.Repository.fromRepositoryName', text(repository, s))],
        ['branch', text(branch, s)],
        ['output', artifact(s.outputs[0]!, s)],
        ['trigger', code(`codepipeline_actions.CodeCommitTrigger.${poll ? 'POLL' : 'NONE'}`)],
      ];
      if (format !== undefined) props.push(['codeBuildCloneOutput', data(true)]);
      return { expr: construct('codepipeline_actions.CodeCommitSourceAction', [obj(props)]), imports: ['codecommit'] };
    },
  },
  {
    className: 'S3SourceAction',
    covers: (t) => aws(t, 'Source', 'S3'),
    match(s, fail) {
      const c = s.config;
      fail.onlyKeys(c, ['S3Bucket', 'S3ObjectKey', 'PollForSourceChanges']);
      fail.count('InputArtifacts', s.inputs, 0, 0);
      fail.count('OutputArtifacts', s.outputs, 1, 1);
      const bucket = fail.need(c, 'S3Bucket');
      const key = fail.need(c, 'S3ObjectKey');
      const pollValue = c?.['PollForSourceChanges'];
      const poll = flag(pollValue);
      if (pollValue !== undefined && poll === undefined) fail.note('Configuration.PollForSourceChanges');
      if (fail.fields.length > 0) return { className: this.className, unexpressed: fail.fields };
      const props: [string, TsExpr][] = [
        ...s.common,
        ['bucket', imported(s, 'Bucket', 's3.Bucket.fromBucketName', text(bucket, s))],
        ['bucketKey', text(key, s)],
        ['output', artifact(s.outputs[0]!, s)],
      ];
      // No trigger: L2 leaves PollForSourceChanges out; NONE writes false, POLL true.
      if (poll !== undefined) props.push(['trigger', code(`codepipeline_actions.S3Trigger.${poll ? 'POLL' : 'NONE'}`)]);
      return { expr: construct('codepipeline_actions.S3SourceAction', [obj(props)]), imports: ['s3'] };
    },
  },
  {
    className: 'EcrSourceAction',
    covers: (t) => aws(t, 'Source', 'ECR'),
    match(s, fail) {
      const c = s.config;
      fail.onlyKeys(c, ['RepositoryName', 'ImageTag']);
      fail.count('InputArtifacts', s.inputs, 0, 0);
      fail.count('OutputArtifacts', s.outputs, 1, 1);
      const repository = fail.need(c, 'RepositoryName');
      if (c?.['ImageTag'] === '') fail.note('Configuration.ImageTag');
      if (fail.fields.length > 0) return { className: this.className, unexpressed: fail.fields };
      const props: [string, TsExpr][] = [
        ...s.common,
        ['repository', imported(s, 'Repository', 'ecr.Repository.fromRepositoryName', text(repository, s))],
        ['output', artifact(s.outputs[0]!, s)],
      ];
      if (c?.['ImageTag'] !== undefined) props.push(['imageTag', text(c['ImageTag'], s)]);
      return { expr: construct('codepipeline_actions.EcrSourceAction', [obj(props)]), imports: ['ecr'] };
    },
  },
  {
    className: 'CodeStarConnectionsSourceAction',
    covers: (t) => aws(t, 'Source', 'CodeStarSourceConnection'),
    match(s, fail) {
      const c = s.config;
      fail.onlyKeys(c, ['ConnectionArn', 'FullRepositoryId', 'BranchName', 'DetectChanges', 'OutputArtifactFormat']);
      fail.count('InputArtifacts', s.inputs, 0, 0);
      fail.count('OutputArtifacts', s.outputs, 1, 1);
      const connection = fail.need(c, 'ConnectionArn');
      const branch = fail.need(c, 'BranchName');
      // L2 writes `${owner}/${repo}`: only a literal id can be split into the two props.
      const repository = fail.need(c, 'FullRepositoryId');
      const parts = typeof repository === 'string' ? repository.split('/') : [];
      if (repository !== undefined && (parts.length !== 2 || parts.some((p) => p === '')))
        fail.note('Configuration.FullRepositoryId (not a literal owner/repo)');
      const detect = c?.['DetectChanges'];
      if (detect !== undefined && flag(detect) === undefined) fail.note('Configuration.DetectChanges');
      const format = c?.['OutputArtifactFormat'];
      if (format !== undefined && format !== 'CODEBUILD_CLONE_REF') fail.note('Configuration.OutputArtifactFormat');
      if (fail.fields.length > 0) return { className: this.className, unexpressed: fail.fields };
      const props: [string, TsExpr][] = [
        ...s.common,
        ['connectionArn', text(connection, s)],
        ['owner', str(parts[0]!)],
        ['repo', str(parts[1]!)],
        ['branch', text(branch, s)],
        ['output', artifact(s.outputs[0]!, s)],
      ];
      if (detect !== undefined) props.push(['triggerOnPush', data(flag(detect))]);
      if (format !== undefined) props.push(['codeBuildCloneOutput', data(true)]);
      return { expr: construct('codepipeline_actions.CodeStarConnectionsSourceAction', [obj(props)]), imports: [] };
    },
  },
  {
    className: 'S3DeployAction',
    covers: (t) => aws(t, 'Deploy', 'S3'),
    match(s, fail) {
      const c = s.config;
      fail.onlyKeys(c, ['BucketName', 'Extract', 'ObjectKey', 'CannedACL', 'CacheControl', 'KMSEncryptionKeyARN']);
      fail.count('InputArtifacts', s.inputs, 1, 1);
      fail.count('OutputArtifacts', s.outputs, 0, 0);
      const bucket = fail.need(c, 'BucketName');
      const extract = flag(fail.need(c, 'Extract'));
      if (c?.['Extract'] !== undefined && extract === undefined) fail.note('Configuration.Extract');
      const acl = c?.['CannedACL'];
      if (acl !== undefined && !(typeof acl === 'string' && ACL.includes(acl))) fail.note('Configuration.CannedACL');
      const cache = c?.['CacheControl'];
      if (cache !== undefined && typeof cache !== 'string') fail.note('Configuration.CacheControl');
      if (fail.fields.length > 0) return { className: this.className, unexpressed: fail.fields };
      const imports = ['s3'];
      const props: [string, TsExpr][] = [
        ...s.common,
        ['bucket', imported(s, 'Bucket', 's3.Bucket.fromBucketName', text(bucket, s))],
        ['input', artifact(s.inputs[0]!, s)],
        ['extract', data(extract)],
      ];
      if (c?.['ObjectKey'] !== undefined) props.push(['objectKey', text(c['ObjectKey'], s)]);
      if (typeof acl === 'string')
        props.push(['accessControl', code(`s3.BucketAccessControl.${acl.toUpperCase().replace(/-/g, '_')}`)]);
      if (typeof cache === 'string')
        props.push(['cacheControl', arr([call('codepipeline_actions.CacheControl.fromString', [str(cache)])])]);
      if (c?.['KMSEncryptionKeyARN'] !== undefined) {
        imports.push('kms');
        props.push(['encryptionKey', imported(s, 'Key', 'kms.Key.fromKeyArn', text(c['KMSEncryptionKeyARN'], s))]);
      }
      return { expr: construct('codepipeline_actions.S3DeployAction', [obj(props)]), imports };
    },
  },
  {
    className: 'CloudFormation*Action',
    covers: (t) => aws(t, 'Deploy', 'CloudFormation'),
    match: cloudFormation,
  },
  {
    className: 'CodeDeployServerDeployAction',
    covers: (t) => aws(t, 'Deploy', 'CodeDeploy'),
    match(s, fail) {
      const c = s.config;
      fail.onlyKeys(c, ['ApplicationName', 'DeploymentGroupName']);
      fail.count('InputArtifacts', s.inputs, 1, 1);
      fail.count('OutputArtifacts', s.outputs, 0, 0);
      const application = fail.need(c, 'ApplicationName');
      const group = fail.need(c, 'DeploymentGroupName');
      if (fail.fields.length > 0) return { className: this.className, unexpressed: fail.fields };
      const app = imported(
        s,
        'Application',
        'codedeploy.ServerApplication.fromServerApplicationName',
        text(application, s),
      );
      const deploymentGroup = call('codedeploy.ServerDeploymentGroup.fromServerDeploymentGroupAttributes', [
        code('this'),
        str(s.scope.importedId(`${s.action['Name'] as string}DeploymentGroup`)),
        obj([
          ['application', app],
          ['deploymentGroupName', text(group, s)],
        ]),
      ]);
      const props: [string, TsExpr][] = [
        ...s.common,
        ['deploymentGroup', deploymentGroup],
        ['input', artifact(s.inputs[0]!, s)],
      ];
      return {
        expr: construct('codepipeline_actions.CodeDeployServerDeployAction', [obj(props)]),
        imports: ['codedeploy'],
      };
    },
  },
  {
    className: 'LambdaInvokeAction',
    covers: (t) => aws(t, 'Invoke', 'Lambda'),
    match(s, fail) {
      const c = s.config;
      fail.onlyKeys(c, ['FunctionName', 'UserParameters']);
      const fn = fail.need(c, 'FunctionName');
      if (fail.fields.length > 0) return { className: this.className, unexpressed: fail.fields };
      const props: [string, TsExpr][] = [
        ...s.common,
        ['lambda', imported(s, 'Function', 'lambda.Function.fromFunctionName', text(fn, s))],
      ];
      if (s.inputs.length > 0) props.push(['inputs', arr(s.inputs.map((n) => artifact(n, s)))]);
      if (s.outputs.length > 0) props.push(['outputs', arr(s.outputs.map((n) => artifact(n, s)))]);
      if (c?.['UserParameters'] !== undefined) props.push(['userParametersString', text(c['UserParameters'], s)]);
      return { expr: construct('codepipeline_actions.LambdaInvokeAction', [obj(props)]), imports: ['lambda'] };
    },
  },
  {
    className: 'StepFunctionInvokeAction',
    covers: (t) => aws(t, 'Invoke', 'StepFunctions'),
    match(s, fail) {
      const c = s.config;
      fail.onlyKeys(c, ['StateMachineArn', 'Input', 'InputType', 'ExecutionNamePrefix']);
      fail.count('InputArtifacts', s.inputs, 0, 1);
      fail.count('OutputArtifacts', s.outputs, 0, 1);
      const machine = fail.need(c, 'StateMachineArn');
      // An imported state machine takes its region and account from its ARN: a literal one
      // makes the action cross-environment, which an environment-agnostic stack refuses.
      if (typeof machine === 'string' && !/^arn:[^:]*:states:::/.test(machine))
        fail.note('Configuration.StateMachineArn (a literal ARN with a region makes a cross-environment action)');
      // StateMachineInput.literal writes JSON.stringify of an object and InputType Literal; a
      // FilePath input would be written as `Artifact::path`, which is not what the design says.
      const input = c?.['Input'];
      const literal = input === undefined ? undefined : exactJson(input);
      if (input !== undefined && (literal === undefined || c?.['InputType'] !== 'Literal'))
        fail.note('Configuration.Input');
      if (input === undefined && c?.['InputType'] !== undefined) fail.note('Configuration.InputType');
      if (s.inputs.length > 0) fail.note('InputArtifacts (only a FilePath input takes one)');
      if (fail.fields.length > 0) return { className: this.className, unexpressed: fail.fields };
      const props: [string, TsExpr][] = [
        ...s.common,
        [
          'stateMachine',
          imported(s, 'StateMachine', 'stepfunctions.StateMachine.fromStateMachineArn', text(machine, s)),
        ],
      ];
      if (s.outputs.length > 0) props.push(['output', artifact(s.outputs[0]!, s)]);
      if (literal !== undefined)
        props.push(['stateMachineInput', call('codepipeline_actions.StateMachineInput.literal', [data(literal)])]);
      if (c?.['ExecutionNamePrefix'] !== undefined)
        props.push(['executionNamePrefix', text(c['ExecutionNamePrefix'], s)]);
      return {
        expr: construct('codepipeline_actions.StepFunctionInvokeAction', [obj(props)]),
        imports: ['stepfunctions'],
      };
    },
  },
  {
    className: 'EcsDeployAction',
    covers: (t) => aws(t, 'Deploy', 'ECS'),
    match(s, fail) {
      const c = s.config;
      fail.onlyKeys(c, ['ClusterName', 'ServiceName', 'FileName', 'DeploymentTimeout']);
      fail.count('InputArtifacts', s.inputs, 1, 1);
      fail.count('OutputArtifacts', s.outputs, 0, 0);
      const cluster = fail.need(c, 'ClusterName');
      const service = fail.need(c, 'ServiceName');
      const timeout = c?.['DeploymentTimeout'];
      const minutes = typeof timeout === 'string' && /^\d+$/.test(timeout) ? Number(timeout) : timeout;
      if (timeout !== undefined && !(typeof minutes === 'number' && minutes >= 1 && minutes <= 60))
        fail.note('Configuration.DeploymentTimeout');
      if (fail.fields.length > 0) return { className: this.className, unexpressed: fail.fields };
      // The service is imported from its ARN in this stack's region and account, as
      // `fromServiceArnWithCluster` wants it; L2 reads the cluster and service names back from it.
      const resourceName =
        typeof cluster === 'string' && typeof service === 'string'
          ? str(`${cluster}/${service}`)
          : call('cdk.Fn.join', [str('/'), arr([text(cluster, s), text(service, s)])]);
      const arn = {
        kind: 'method',
        target: call('cdk.Stack.of', [code('this')]),
        name: 'formatArn',
        args: [
          obj([
            ['service', str('ecs')],
            ['resource', str('service')],
            ['resourceName', resourceName],
          ]),
        ],
      } as const satisfies TsExpr;
      const props: [string, TsExpr][] = [
        ...s.common,
        ['service', imported(s, 'Service', 'ecs.BaseService.fromServiceArnWithCluster', arn)],
      ];
      const file = c?.['FileName'];
      if (file !== undefined)
        props.push([
          'imageFile',
          { kind: 'method', target: artifact(s.inputs[0]!, s), name: 'atPath', args: [text(file, s)] },
        ]);
      else props.push(['input', artifact(s.inputs[0]!, s)]);
      if (typeof minutes === 'number') props.push(['deploymentTimeout', call('cdk.Duration.minutes', [data(minutes)])]);
      return { expr: construct('codepipeline_actions.EcsDeployAction', [obj(props)]), imports: ['ecs'] };
    },
  },
  {
    className: 'CommandsAction',
    covers: (t) => aws(t, 'Compute', 'Commands'),
    match(s, fail) {
      if (s.config !== undefined && Object.keys(s.config).length > 0) fail.onlyKeys(s.config, []);
      fail.count('InputArtifacts', s.inputs, 1, 10);
      fail.count('OutputArtifacts', s.outputs, 0, 1);
      const commands = s.action['Commands'];
      if (!Array.isArray(commands) || commands.length === 0 || commands.length > 50) fail.note('Commands');
      const variables = s.action['OutputVariables'];
      if (variables !== undefined && !(Array.isArray(variables) && variables.length >= 1 && variables.length <= 15))
        fail.note('OutputVariables');
      if (fail.fields.length > 0) return { className: this.className, unexpressed: fail.fields };
      const props: [string, TsExpr][] = [
        ...s.common,
        ['input', artifact(s.inputs[0]!, s)],
        ['commands', arr((commands as unknown[]).map((c) => text(c, s)))],
      ];
      if (s.inputs.length > 1) props.push(['extraInputs', arr(s.inputs.slice(1).map((n) => artifact(n, s)))]);
      if (s.outputs.length > 0) props.push(['output', artifact(s.outputs[0]!, s)]);
      if (Array.isArray(variables)) props.push(['outputVariables', arr(variables.map((v) => text(v, s)))]);
      return { expr: construct('codepipeline_actions.CommandsAction', [obj(props)]), imports: [] };
    },
  },
];

/** The four CloudFormation classes, by ActionMode. */
function cloudFormation(s: MatchInput, fail: Fail): MatchResult {
  const c = s.config;
  const mode = c?.['ActionMode'];
  const classes: Record<string, string> = {
    CREATE_UPDATE: 'CloudFormationCreateUpdateStackAction',
    REPLACE_ON_FAILURE: 'CloudFormationCreateUpdateStackAction',
    CHANGE_SET_REPLACE: 'CloudFormationCreateReplaceChangeSetAction',
    CHANGE_SET_EXECUTE: 'CloudFormationExecuteChangeSetAction',
    DELETE_ONLY: 'CloudFormationDeleteStackAction',
  };
  const className = typeof mode === 'string' ? classes[mode] : undefined;
  if (!className) return { className: 'CloudFormation*Action', unexpressed: ['Configuration.ActionMode'] };
  const deploys = mode !== 'CHANGE_SET_EXECUTE';
  const template = mode !== 'CHANGE_SET_EXECUTE' && mode !== 'DELETE_ONLY';
  const allowed = ['ActionMode', 'StackName', 'OutputFileName'];
  if (deploys) allowed.push('RoleArn', 'Capabilities', 'ParameterOverrides');
  if (template) allowed.push('TemplatePath', 'TemplateConfiguration');
  if (mode === 'CHANGE_SET_REPLACE' || mode === 'CHANGE_SET_EXECUTE') allowed.push('ChangeSetName');
  fail.onlyKeys(c, allowed);
  const stack = fail.need(c, 'StackName');
  if (mode === 'CHANGE_SET_REPLACE' || mode === 'CHANGE_SET_EXECUTE') fail.need(c, 'ChangeSetName');
  // Without a RoleArn a deploy action creates a role for CloudFormation and writes its ARN.
  const role = deploys ? fail.need(c, 'RoleArn') : undefined;
  if (typeof role === 'string' && !/^arn:[^:]*:iam::[^:]*:role\/./.test(role)) fail.note('Configuration.RoleArn');
  // An output artifact is written only with OutputFileName (and then always).
  if (s.outputs.length > 1 || (s.outputs.length === 1) !== (c?.['OutputFileName'] !== undefined))
    fail.note('OutputArtifacts');
  const capabilities = c?.['Capabilities'];
  const capabilityList = typeof capabilities === 'string' ? capabilities.split(',') : [];
  if (capabilities !== undefined && (capabilityList.length === 0 || capabilityList.some((k) => !CAPABILITIES[k])))
    fail.note('Configuration.Capabilities');
  const overrides = c?.['ParameterOverrides'];
  const overrideObject = overrides === undefined ? undefined : exactJson(overrides);
  if (overrides !== undefined && overrideObject === undefined) fail.note('Configuration.ParameterOverrides');
  // Inputs: L2 writes the extra inputs, then the template's artifact, then the configuration's.
  const path = template ? artifactPath(fail.need(c, 'TemplatePath'), s) : undefined;
  if (template && c?.['TemplatePath'] !== undefined && !path) fail.note('Configuration.TemplatePath');
  const configPath =
    c?.['TemplateConfiguration'] === undefined ? undefined : artifactPath(c['TemplateConfiguration'], s);
  if (c?.['TemplateConfiguration'] !== undefined && !configPath) fail.note('Configuration.TemplateConfiguration');
  const tail = [path?.artifact, configPath?.artifact].filter((n): n is string => n !== undefined);
  const extra = s.inputs.slice(0, s.inputs.length - tail.length);
  if (
    new Set(s.inputs).size !== s.inputs.length ||
    s.inputs.slice(extra.length).join('\u0000') !== tail.join('\u0000') ||
    (!deploys && s.inputs.length > 0)
  )
    fail.note('InputArtifacts (L2 orders them: extra inputs, the template, its configuration)');
  if (fail.fields.length > 0) return { className, unexpressed: fail.fields };

  const imports: string[] = [];
  const props: [string, TsExpr][] = [...s.common, ['stackName', text(stack, s)]];
  if (c?.['ChangeSetName'] !== undefined) props.push(['changeSetName', text(c['ChangeSetName'], s)]);
  if (path) props.push(['templatePath', path.expr]);
  if (configPath) props.push(['templateConfiguration', configPath.expr]);
  if (deploys) {
    imports.push('iam');
    props.push(['adminPermissions', data(false)]);
    props.push([
      'deploymentRole',
      call('iam.Role.fromRoleArn', [
        code('this'),
        str(s.scope.importedId(`${s.action['Name'] as string}DeploymentRole`)),
        text(role, s),
        obj([['mutable', data(false)]]),
      ]),
    ]);
    if (extra.length > 0) props.push(['extraInputs', arr(extra.map((n) => artifact(n, s)))]);
    if (capabilityList.length > 0)
      props.push(['cfnCapabilities', arr(capabilityList.map((k) => code(CAPABILITIES[k] ?? '')))]);
    if (overrideObject !== undefined) props.push(['parameterOverrides', data(overrideObject)]);
  }
  if (mode === 'REPLACE_ON_FAILURE') props.push(['replaceOnFailure', data(true)]);
  if (c?.['OutputFileName'] !== undefined) {
    props.push(['outputFileName', text(c['OutputFileName'], s)]);
    props.push(['output', artifact(s.outputs[0]!, s)]);
  }
  return { expr: construct(`codepipeline_actions.${className}`, [obj(props)]), imports };
}

/**
 * The library class for the action and its expression, or the class that stands for the
 * provider and the fields it cannot express, or undefined when no class stands for it.
 */
export function libraryAction(input: MatchInput): MatchResult | undefined {
  const matcher = MATCHERS.find((m) => m.covers(input.type));
  if (!matcher) return undefined;
  const fail = new Fail();
  // Common to every class: AWS-owned version 1, no timeout prop; only CommandsAction takes commands.
  if (input.type['Version'] !== '1') fail.note('ActionTypeId.Version');
  if (input.action['TimeoutInMinutes'] !== undefined) fail.note('TimeoutInMinutes');
  if (matcher.className !== 'CommandsAction') {
    if (input.action['Commands'] !== undefined) fail.note('Commands');
    if (input.action['OutputVariables'] !== undefined) fail.note('OutputVariables');
  }
  return matcher.match(input, fail);
}
