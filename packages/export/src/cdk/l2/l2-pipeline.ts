import { isIntrinsic } from '../../cloudformation/intrinsics.js';
import { isPlainObject, ownEntries } from '../../plan/own.js';
import type { ExportWarning } from '../../types.js';
import { scalarProp, type CfnToTsContext, type StackPropSlots } from '../cfn-to-ts.js';
import { arr, call, code, construct, data, obj, str, type TsExpr, type TsStatement } from '../ts-ir.js';
import { tsIdentifier } from '../ts-literal.js';
import { apiPath } from '../warnings.js';
import type { ConstructIds } from '../construct-ids.js';
import { l2StageCondition, l2Triggers } from './l2-conditions.js';
import { DECLARED_ACTION_CLASS, isLiteralNonArn, l2Action, l2ActionBlocker } from './l2-actions.js';
import type { L2Scope } from './l2-scope.js';

/*
 * The pipeline as idiomatic L2 code: `codepipeline.Pipeline` with its stages, `Artifact`
 * objects wired between actions, `Variable`s, and L2 actions (`l2-actions.ts`). The role and
 * the artifact bucket of the design are imported (`fromRoleArn` immutable, `fromBucketAttributes`)
 * and `usePipelineRoleForActions` is on, so L2 generates no role or policy a design did not
 * have. Triggers and stage conditions are L2 props where L2 writes them as declared
 * (`l2-conditions.ts`). What L2 has no prop for is written as an L1 property override on the pipeline's
 * `CfnPipeline`, each with a `cdk-l2-override` warning naming the field. The CfnPipeline keeps
 * the CloudFormation export's logical id, so the two exports synthesize the same resource.
 */

export interface L2PipelineInput {
  properties: Record<string, unknown>;
  logicalId: string;
  ctx: CfnToTsContext;
  constructIds: ConstructIds;
  /** Statements on the CfnPipeline (resource attributes), given the variable that holds it. */
  attributes: (variable: string) => TsStatement[];
}

export interface L2PipelineOutput {
  statements: TsStatement[];
  slots: StackPropSlots;
  warnings: ExportWarning[];
  /** Extra imports: `iam`, `s3`, `kms`, `codebuild`, `codepipeline_actions`. */
  imports: string[];
  /** Constant declarations the file needs (the `DeclaredAction` class). */
  helpers: string[][];
}

const IMPORT_PATHS: Record<string, string> = {
  iam: 'aws-cdk-lib/aws-iam',
  s3: 'aws-cdk-lib/aws-s3',
  kms: 'aws-cdk-lib/aws-kms',
  codebuild: 'aws-cdk-lib/aws-codebuild',
  codecommit: 'aws-cdk-lib/aws-codecommit',
  codedeploy: 'aws-cdk-lib/aws-codedeploy',
  ecr: 'aws-cdk-lib/aws-ecr',
  ecs: 'aws-cdk-lib/aws-ecs',
  lambda: 'aws-cdk-lib/aws-lambda',
  stepfunctions: 'aws-cdk-lib/aws-stepfunctions',
  codepipeline_actions: 'aws-cdk-lib/aws-codepipeline-actions',
};

export function l2ImportPath(name: string): string {
  return IMPORT_PATHS[name] ?? name;
}

/** Why this pipeline cannot be written as L2 (the export stays L1 and says so), or undefined. */
export function l2Blocker(properties: Record<string, unknown>): { path: string; why: string } | undefined {
  const stages = properties['Stages'];
  if (!Array.isArray(stages)) return { path: '/stages', why: 'the stages are computed' };
  if (stages.length < 2) return { path: '/stages', why: 'codepipeline.Pipeline needs at least two stages' };
  const produced = new Set<string>();
  for (const [s, item] of (stages as unknown[]).entries()) {
    const stage: Record<string, unknown> = isPlainObject(item) ? item : {};
    if (!isPlainObject(item) || isIntrinsic(item) || typeof stage['Name'] !== 'string')
      return { path: `/stages/${s}`, why: 'a conditional or computed stage' };
    const actions: unknown = stage['Actions'];
    if (!Array.isArray(actions) || actions.length === 0)
      return { path: `/stages/${s}/actions`, why: 'codepipeline.Pipeline needs actions in every stage' };
    const producedHere: string[] = [];
    for (const [a, action] of actions.entries()) {
      const blocker = l2ActionBlocker(action);
      if (blocker) return { path: `/stages/${s}/actions/${a}`, why: blocker };
      const declaration = action as Record<string, unknown>;
      const category = (declaration['ActionTypeId'] as Record<string, unknown>)['Category'];
      if ((category === 'Source') !== (s === 0))
        return {
          path: `/stages/${s}/actions/${a}`,
          why: 'codepipeline.Pipeline takes source actions only, and all of them, in the first stage',
        };
      for (const input of (declaration['InputArtifacts'] as { Name: string }[] | undefined) ?? []) {
        if (!produced.has(input.Name))
          return {
            path: `/stages/${s}/actions/${a}/inputArtifacts`,
            why: `codepipeline.Pipeline needs ${input.Name} produced in an earlier stage`,
          };
      }
      for (const output of (declaration['OutputArtifacts'] as { Name: string }[] | undefined) ?? [])
        producedHere.push(output.Name);
    }
    for (const n of producedHere) produced.add(n);
  }
  if (properties['ArtifactStores'] !== undefined)
    return { path: '/artifactStores', why: 'cross-region artifact stores' };
  if (isLiteralNonArn(properties['RoleArn']))
    return { path: '/roleArn', why: 'iam.Role.fromRoleArn takes only a role ARN' };
  const store = properties['ArtifactStore'];
  if (!isPlainObject(store) || isIntrinsic(store) || store['Location'] === undefined)
    return { path: '/artifactStore', why: 'a computed artifact store' };
  return undefined;
}

const STAGE_FIELDS = new Set(['Name', 'Actions']);
const PIPELINE_FIELDS = new Set([
  'Name',
  'RoleArn',
  'ArtifactStore',
  'Stages',
  'PipelineType',
  'ExecutionMode',
  'Variables',
  'RestartExecutionOnUpdate',
  'DisableInboundStageTransitions',
  'Triggers',
]);

function enumMember(value: unknown, type: string, members: string[], ctx: CfnToTsContext): TsExpr {
  if (typeof value === 'string' && members.includes(value)) return code(`${type}.${value}`);
  return scalarProp(value, 'structure', ctx);
}

function actionsUseIam(stages: Record<string, unknown>[]): boolean {
  return stages.some((stage) =>
    (stage['Actions'] as Record<string, unknown>[]).some((a) => a['RoleArn'] !== undefined),
  );
}

export function writeL2Pipeline(input: L2PipelineInput): L2PipelineOutput {
  const { properties, ctx } = input;
  const warnings: ExportWarning[] = [];
  const imports = new Set<string>();
  const statements: TsStatement[] = [];
  const overrides: [string, unknown][] = [];
  // Imported resources are constructs of the stack too: their ids must not collide with the template's.
  const importedId = (base: string): string =>
    input.constructIds.take(base.replace(/[^A-Za-z0-9]/g, '') || 'Imported').id;

  // Artifacts: one `Artifact` object per name, declared before the pipeline.
  const artifacts = new Map<string, string>();
  const variables = new Set<string>();
  const stages = properties['Stages'] as Record<string, unknown>[];
  for (const stage of stages) {
    for (const action of stage['Actions'] as Record<string, unknown>[]) {
      for (const a of (action['OutputArtifacts'] as { Name: string }[] | undefined) ?? []) {
        if (artifacts.has(a.Name)) continue;
        let variable = `${tsIdentifier(a.Name, 'artifact')}Artifact`;
        while (variables.has(variable)) variable += '_';
        variables.add(variable);
        artifacts.set(a.Name, variable);
        statements.push({ kind: 'const', name: variable, value: construct('codepipeline.Artifact', [str(a.Name)]) });
      }
    }
  }
  const scope: L2Scope = { ctx, artifacts, importedId };

  const props: [string, TsExpr][] = [];
  const slots: StackPropSlots = { roleArn: false, artifactBucket: false };
  if (properties['Name'] !== undefined) props.push(['pipelineName', scalarProp(properties['Name'], 'string', ctx)]);
  const role = properties['RoleArn'];
  if (role !== undefined) {
    imports.add('iam');
    if (typeof role === 'string') slots.roleArn = true;
    props.push([
      'role',
      call('iam.Role.fromRoleArn', [
        code('this'),
        str(importedId('PipelineRole')),
        typeof role === 'string'
          ? { kind: 'orElse', left: code('props.roleArn'), right: str(role) }
          : scalarProp(role, 'string', ctx),
        obj([['mutable', data(false)]]),
      ]),
    ]);
  }
  const store = properties['ArtifactStore'] as Record<string, unknown>;
  imports.add('s3');
  if (typeof store['Location'] === 'string') slots.artifactBucket = true;
  const bucketAttributes: [string, TsExpr][] = [
    [
      'bucketName',
      typeof store['Location'] === 'string'
        ? { kind: 'orElse', left: code('props.artifactBucket'), right: str(store['Location']) }
        : scalarProp(store['Location'], 'string', ctx),
    ],
  ];
  const key = store['EncryptionKey'];
  if (isPlainObject(key) && !isIntrinsic(key) && key['Type'] === 'KMS' && key['Id'] !== undefined) {
    imports.add('kms');
    bucketAttributes.push([
      'encryptionKey',
      call('kms.Key.fromKeyArn', [code('this'), str(importedId('ArtifactKey')), scalarProp(key['Id'], 'string', ctx)]),
    ]);
  } else if (key !== undefined) {
    overrides.push(['ArtifactStore.EncryptionKey', key]);
  }
  for (const [k, v] of ownEntries(store))
    if (!['Type', 'Location', 'EncryptionKey'].includes(k)) overrides.push([`ArtifactStore.${k}`, v]);
  props.push([
    'artifactBucket',
    call('s3.Bucket.fromBucketAttributes', [code('this'), str(importedId('ArtifactBucket')), obj(bucketAttributes)]),
  ]);
  if (properties['PipelineType'] !== undefined)
    props.push([
      'pipelineType',
      enumMember(properties['PipelineType'], 'codepipeline.PipelineType', ['V1', 'V2'], ctx),
    ]);
  if (properties['ExecutionMode'] !== undefined) {
    const mode = properties['ExecutionMode'];
    if (typeof mode === 'string' && ['QUEUED', 'SUPERSEDED', 'PARALLEL'].includes(mode))
      props.push(['executionMode', code(`codepipeline.ExecutionMode.${mode}`)]);
    else overrides.push(['ExecutionMode', mode]);
  }
  if (Array.isArray(properties['Variables'])) {
    props.push([
      'variables',
      arr(
        properties['Variables'].map((v) => {
          const variable = isPlainObject(v) ? v : {};
          const entries: [string, TsExpr][] = [['variableName', scalarProp(variable['Name'], 'string', ctx)]];
          if (variable['DefaultValue'] !== undefined)
            entries.push(['defaultValue', scalarProp(variable['DefaultValue'], 'string', ctx)]);
          if (variable['Description'] !== undefined)
            entries.push(['description', scalarProp(variable['Description'], 'string', ctx)]);
          return construct('codepipeline.Variable', [obj(entries)]);
        }),
      ),
    ]);
  } else if (properties['Variables'] !== undefined) overrides.push(['Variables', properties['Variables']]);
  if (properties['RestartExecutionOnUpdate'] !== undefined)
    props.push(['restartExecutionOnUpdate', scalarProp(properties['RestartExecutionOnUpdate'], 'structure', ctx)]);
  props.push(['usePipelineRoleForActions', data(true)]);

  const disabled = new Map<string, unknown>();
  if (Array.isArray(properties['DisableInboundStageTransitions'])) {
    for (const t of properties['DisableInboundStageTransitions'])
      if (isPlainObject(t) && typeof t['StageName'] === 'string') disabled.set(t['StageName'], t['Reason']);
  }

  // A trigger names its source action: those actions are constants the trigger can point at.
  const triggerSources = new Set<string>();
  if (Array.isArray(properties['Triggers']))
    for (const t of properties['Triggers']) {
      const git = isPlainObject(t) ? t['GitConfiguration'] : undefined;
      if (isPlainObject(git) && typeof git['SourceActionName'] === 'string')
        triggerSources.add(git['SourceActionName']);
    }
  const sourceActions = new Map<string, string>();

  let declared = false;
  const stageExprs = stages.map((stage, s) => {
    const entries: [string, TsExpr][] = [['stageName', str(stage['Name'] as string)]];
    const actions = (stage['Actions'] as Record<string, unknown>[]).map((action, a) => {
      const l2 = l2Action(action, scope);
      const name = action['Name'] as string;
      if (s === 0 && triggerSources.has(name) && !sourceActions.has(name)) {
        let variable = `${tsIdentifier(name, 'source')}Action`;
        while (variables.has(variable)) variable += '_';
        variables.add(variable);
        sourceActions.set(name, variable);
        statements.push({ kind: 'const', name: variable, value: l2.expr });
        l2.expr = code(variable);
      }
      declared ||= l2.declared;
      if (l2.library) imports.add('codepipeline_actions');
      for (const name of l2.imports) imports.add(name);
      if (l2.declaredWhy)
        warnings.push({
          code: 'cdk-l2-declared',
          message: `Action ${action['Name'] as string} of stage ${stage['Name'] as string} is a DeclaredAction (its provider and configuration as declared): ${l2.declaredWhy}.`,
          path: `/stages/${s}/actions/${a}`,
        });
      for (const [field, value] of l2.overrides) overrides.push([`Stages.${s}.Actions.${a}.${field}`, value]);
      return l2.expr;
    });
    entries.push(['actions', arr(actions)]);
    if (disabled.has(stage['Name'] as string)) {
      entries.push(['transitionToEnabled', data(false)]);
      const reason = disabled.get(stage['Name'] as string);
      if (reason !== undefined) entries.push(['transitionDisabledReason', scalarProp(reason, 'string', ctx)]);
    }
    for (const [k, v] of ownEntries(stage)) {
      if (STAGE_FIELDS.has(k)) continue;
      const condition = l2StageCondition(k, v, ctx);
      if (condition) entries.push(condition);
      else overrides.push([`Stages.${s}.${k}`, v]);
    }
    return obj(entries);
  });
  props.push(['stages', arr(stageExprs)]);
  if (properties['Triggers'] !== undefined) {
    // L2 takes triggers only on a V2 pipeline (its validation refuses them otherwise).
    const triggers =
      properties['PipelineType'] === 'V2'
        ? l2Triggers(properties['Triggers'], (name) => sourceActions.get(name), ctx)
        : undefined;
    if (triggers) props.push(['triggers', triggers]);
    else overrides.push(['Triggers', properties['Triggers']]);
  }
  for (const [k, v] of ownEntries(properties)) if (!PIPELINE_FIELDS.has(k)) overrides.push([k, v]);
  if (actionsUseIam(stages)) imports.add('iam');

  statements.push({
    kind: 'assign',
    target: 'this.pipeline',
    value: construct('codepipeline.Pipeline', [code('this'), str(input.logicalId), obj(props)]),
  });
  const cfn: TsStatement[] = [
    { kind: 'comment', text: 'The L1 resource under the L2 pipeline keeps the logical id of the other exports.' },
    {
      kind: 'const',
      name: 'cfnPipeline',
      value: { kind: 'cast', value: code('this.pipeline.node.defaultChild'), type: 'codepipeline.CfnPipeline' },
    },
    { kind: 'expression', value: call('cfnPipeline.overrideLogicalId', [str(input.logicalId)]) },
  ];
  for (const [path, value] of overrides) {
    cfn.push({ kind: 'expression', value: call('cfnPipeline.addPropertyOverride', [str(path), data(value)]) });
    warnings.push({
      code: 'cdk-l2-override',
      message: `codepipeline.Pipeline has no prop for ${path}: it is set as an L1 property override on the CfnPipeline.`,
      path: apiPath(`/${path.replace(/\./g, '/')}`),
    });
  }
  cfn.push(...input.attributes('cfnPipeline'));
  statements.push({ kind: 'group', statements: cfn });
  return {
    statements,
    slots,
    warnings,
    imports: [...imports],
    helpers: declared ? [DECLARED_ACTION_CLASS] : [],
  };
}
