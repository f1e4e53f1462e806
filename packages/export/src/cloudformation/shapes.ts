/*
 * The CloudFormation side of the pipeline declaration, structure by structure, as
 * `aws-codepipeline-pipeline.schema.json` names it. One table drives the emitter
 * (API -> CFN), the importer (CFN -> API) and the CDK emitter (CFN -> CDK props).
 * CFN names are PascalCase of the API's camelCase; the exceptions are the field kinds:
 * `configuration` keeps its keys, `artifactStores` is a list of { Region, ArtifactStore }.
 */

export type ShapeName =
  | 'Pipeline'
  | 'ArtifactStore'
  | 'EncryptionKey'
  | 'Stage'
  | 'Blocker'
  | 'Action'
  | 'ActionTypeId'
  | 'InputArtifact'
  | 'OutputArtifact'
  | 'EnvironmentVariable'
  | 'FailureConditions'
  | 'RetryConfiguration'
  | 'Conditions'
  | 'Condition'
  | 'Rule'
  | 'RuleTypeId'
  | 'Variable'
  | 'Trigger'
  | 'GitConfiguration'
  | 'GitPushFilter'
  | 'GitPullRequestFilter'
  | 'FilterCriteria';

export type FieldKind =
  | { kind: 'string' }
  | { kind: 'integer' }
  | { kind: 'stringList' }
  | { kind: 'object'; shape: ShapeName }
  | { kind: 'list'; shape: ShapeName }
  /** Action/rule configuration: keys kept as written, values strings. */
  | { kind: 'configuration' }
  /** API map region -> store; CFN list of { Region, ArtifactStore }. */
  | { kind: 'artifactStores' };

export interface FieldSpec {
  api: string;
  cfn: string;
  type: FieldKind;
  /** Values CloudFormation accepts, when narrower than the API's (a capability gap). */
  cfnEnum?: readonly string[];
}

const S = { kind: 'string' } as const;
const I = { kind: 'integer' } as const;
const L = { kind: 'stringList' } as const;
const obj = (shape: ShapeName): FieldKind => ({ kind: 'object', shape });
const list = (shape: ShapeName): FieldKind => ({ kind: 'list', shape });

function fields(entries: [api: string, type: FieldKind, cfnEnum?: readonly string[]][]): FieldSpec[] {
  return entries.map(([api, type, cfnEnum]) => ({
    api,
    cfn: api.charAt(0).toUpperCase() + api.slice(1),
    type,
    ...(cfnEnum ? { cfnEnum } : {}),
  }));
}

export const SHAPES: Record<ShapeName, FieldSpec[]> = {
  Pipeline: fields([
    ['name', S],
    ['roleArn', S],
    ['artifactStore', obj('ArtifactStore')],
    ['artifactStores', { kind: 'artifactStores' }],
    ['stages', list('Stage')],
    ['executionMode', S],
    ['pipelineType', S],
    ['variables', list('Variable')],
    ['triggers', list('Trigger')],
  ]),
  ArtifactStore: fields([
    ['type', S],
    ['location', S],
    ['encryptionKey', obj('EncryptionKey')],
  ]),
  EncryptionKey: fields([
    ['id', S],
    ['type', S],
  ]),
  Stage: fields([
    ['name', S],
    ['blockers', list('Blocker')],
    ['actions', list('Action')],
    ['onFailure', obj('FailureConditions')],
    ['onSuccess', obj('Conditions')],
    ['beforeEntry', obj('Conditions')],
  ]),
  Blocker: fields([
    ['name', S],
    ['type', S],
  ]),
  Action: fields([
    ['name', S],
    ['actionTypeId', obj('ActionTypeId')],
    ['runOrder', I],
    ['configuration', { kind: 'configuration' }],
    ['commands', L],
    ['outputArtifacts', list('OutputArtifact')],
    ['inputArtifacts', list('InputArtifact')],
    ['outputVariables', L],
    ['roleArn', S],
    ['region', S],
    ['namespace', S],
    ['timeoutInMinutes', I],
    ['environmentVariables', list('EnvironmentVariable')],
  ]),
  ActionTypeId: fields([
    ['category', S],
    ['owner', S],
    ['provider', S],
    ['version', S],
  ]),
  InputArtifact: fields([['name', S]]),
  OutputArtifact: fields([
    ['name', S],
    ['files', L],
  ]),
  EnvironmentVariable: fields([
    ['name', S],
    ['value', S],
    ['type', S],
  ]),
  FailureConditions: fields([
    ['result', S, ['ROLLBACK', 'RETRY']],
    ['retryConfiguration', obj('RetryConfiguration')],
    ['conditions', list('Condition')],
  ]),
  RetryConfiguration: fields([['retryMode', S]]),
  Conditions: fields([['conditions', list('Condition')]]),
  Condition: fields([
    ['result', S],
    ['rules', list('Rule')],
  ]),
  Rule: fields([
    ['name', S],
    ['ruleTypeId', obj('RuleTypeId')],
    ['configuration', { kind: 'configuration' }],
    ['commands', L],
    ['inputArtifacts', list('InputArtifact')],
    ['roleArn', S],
    ['region', S],
  ]),
  RuleTypeId: fields([
    ['category', S],
    ['owner', S],
    ['provider', S],
    ['version', S],
  ]),
  Variable: fields([
    ['name', S],
    ['defaultValue', S],
    ['description', S],
  ]),
  Trigger: fields([
    ['providerType', S],
    ['gitConfiguration', obj('GitConfiguration')],
  ]),
  GitConfiguration: fields([
    ['sourceActionName', S],
    ['push', list('GitPushFilter')],
    ['pullRequest', list('GitPullRequestFilter')],
  ]),
  GitPushFilter: fields([
    ['tags', obj('FilterCriteria')],
    ['branches', obj('FilterCriteria')],
    ['filePaths', obj('FilterCriteria')],
  ]),
  GitPullRequestFilter: fields([
    ['events', L],
    ['branches', obj('FilterCriteria')],
    ['filePaths', obj('FilterCriteria')],
  ]),
  FilterCriteria: fields([
    ['includes', L],
    ['excludes', L],
  ]),
};

/** API fields CloudFormation cannot hold, with the reason given in the warning. */
/** Each shape's fields by CloudFormation name, and its API field names (built on first use). */
let lookups: { byCfn: Map<ShapeName, Map<string, FieldSpec>>; api: Map<ShapeName, Set<string>> } | undefined;

function shapeLookups(): NonNullable<typeof lookups> {
  const shapes = Object.keys(SHAPES) as ShapeName[];
  return (lookups ??= {
    byCfn: new Map(shapes.map((shape) => [shape, new Map(SHAPES[shape].map((f) => [f.cfn, f]))])),
    api: new Map(shapes.map((shape) => [shape, new Set(SHAPES[shape].map((f) => f.api))])),
  });
}

/** The field of `shape` that CloudFormation calls `cfnKey`. */
export const fieldByCfn = (shape: ShapeName, cfnKey: string): FieldSpec | undefined =>
  shapeLookups().byCfn.get(shape)?.get(cfnKey);

/** Whether `key` is one of `shape`'s API fields. */
export const isApiField = (shape: ShapeName, key: string): boolean => shapeLookups().api.get(shape)?.has(key) ?? false;

export const NOT_IN_CLOUDFORMATION: Partial<Record<ShapeName, Record<string, string>>> = {
  Pipeline: { version: 'Version is read-only in CloudFormation (the service sets it)' },
  Rule: { timeoutInMinutes: 'AWS::CodePipeline::Pipeline RuleDeclaration has no TimeoutInMinutes' },
};

export const PIPELINE_RESOURCE_TYPE = 'AWS::CodePipeline::Pipeline';
