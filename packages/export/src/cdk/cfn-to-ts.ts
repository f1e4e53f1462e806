import { isIntrinsic } from '../cloudformation/intrinsics.js';
import { SHAPES, type FieldKind, type ShapeName } from '../cloudformation/shapes.js';
import { isPlainObject, ownEntries } from '../plan/own.js';
import { arr, call, cast, code, construct, data, obj, orElse, str, type TsExpr } from './ts-ir.js';

/*
 * CloudFormation properties (CFN JSON form, as the CloudFormation export writes them) as the
 * TypeScript props of an L1 construct: keys in camelCase where the shapes table knows the
 * property, configuration keys as they are, intrinsics as `cdk.Intrinsic` tokens (a `Ref` to
 * a parameter the stack declares as that parameter's value).
 */

/** A template element the stack holds in a variable, so a `Ref` to it is written as code. */
export interface ElementRef {
  variable: string;
  kind: 'parameter' | 'resource';
}

export interface CfnToTsContext {
  /** CloudFormation logical id (parameter, resource) -> the variable holding its construct. */
  refs: Map<string, ElementRef>;
}

/** What the construct's prop type wants at a place: `config` is a configuration value (typed `any`). */
export type Position = 'string' | 'number' | 'structure' | 'config';

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function intrinsicExpr(value: Record<string, unknown>, position: Position, ctx: CfnToTsContext): TsExpr {
  const ref = value['Ref'];
  const known = typeof ref === 'string' ? ctx.refs.get(ref) : undefined;
  if (known?.kind === 'parameter') {
    const accessor =
      position === 'string' || position === 'config'
        ? 'valueAsString'
        : position === 'number'
          ? 'valueAsNumber'
          : 'value';
    return code(`${known.variable}.${accessor}`);
  }
  if (known?.kind === 'resource' && (position === 'string' || position === 'config'))
    return code(`${known.variable}.ref`);
  const token = construct('cdk.Intrinsic', [data(value)]);
  if (position === 'string' || position === 'config') return call('cdk.Token.asString', [token]);
  if (position === 'number') return call('cdk.Token.asNumber', [token]);
  return token;
}

/** A scalar (or an intrinsic standing for one) as the construct prop at `position` wants it. */
export function scalarProp(value: unknown, position: Position, ctx: CfnToTsContext): TsExpr {
  return scalarExpr(value, position, ctx);
}

function scalarExpr(value: unknown, position: Position, ctx: CfnToTsContext): TsExpr {
  if (isIntrinsic(value)) return intrinsicExpr(value, position, ctx);
  // A template may spell a string property as a number (`Version: 1`) or a number as a
  // string (`RunOrder: '1'`); CfnPipeline checks the types when it synthesizes, so the value
  // is written as the type it wants (CloudFormation reads both spellings the same).
  if (position === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return str(String(value));
  if (position === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return data(Number(value));
  return data(value);
}

function fieldExpr(type: FieldKind, value: unknown, ctx: CfnToTsContext): TsExpr {
  if (isIntrinsic(value)) {
    const position: Position = type.kind === 'string' ? 'string' : type.kind === 'integer' ? 'number' : 'structure';
    return intrinsicExpr(value, position, ctx);
  }
  switch (type.kind) {
    case 'string':
      return scalarExpr(value, 'string', ctx);
    case 'integer':
      return scalarExpr(value, 'number', ctx);
    case 'stringList':
      return Array.isArray(value) ? arr(value.map((v) => scalarExpr(v, 'string', ctx))) : data(value);
    case 'object':
      return shapeExpr(type.shape, value, ctx);
    case 'list':
      return Array.isArray(value) ? arr(value.map((v) => shapeExpr(type.shape, v, ctx))) : data(value);
    case 'configuration':
      if (!isPlainObject(value)) return data(value);
      return obj(ownEntries(value).map(([k, v]) => [k, scalarExpr(v, 'config', ctx)]));
    case 'artifactStores':
      if (!Array.isArray(value)) return data(value);
      return arr(
        value.map((entry) => {
          const e = isPlainObject(entry) ? entry : {};
          return obj([
            ['region', scalarExpr(e['Region'], 'string', ctx)],
            ['artifactStore', shapeExpr('ArtifactStore', e['ArtifactStore'], ctx)],
          ]);
        }),
      );
  }
}

/**
 * The CfnPipeline property types and the properties they require (as CloudFormation names
 * them). A pipeline that lacks one (an import of a broken file) still yields code that
 * compiles: the literal is asserted to its type, and the warnings walk says what is missing.
 */
const CDK_TYPES: Partial<Record<ShapeName, { type: string; required: string[] }>> = {
  ArtifactStore: { type: 'ArtifactStoreProperty', required: ['Location', 'Type'] },
  EncryptionKey: { type: 'EncryptionKeyProperty', required: ['Id', 'Type'] },
  Stage: { type: 'StageDeclarationProperty', required: ['Actions', 'Name'] },
  Action: { type: 'ActionDeclarationProperty', required: ['ActionTypeId', 'Name'] },
  ActionTypeId: { type: 'ActionTypeIdProperty', required: ['Category', 'Owner', 'Provider', 'Version'] },
  InputArtifact: { type: 'InputArtifactProperty', required: ['Name'] },
  OutputArtifact: { type: 'OutputArtifactProperty', required: ['Name'] },
  EnvironmentVariable: { type: 'EnvironmentVariableProperty', required: ['Name', 'Value'] },
  Blocker: { type: 'BlockerDeclarationProperty', required: ['Name', 'Type'] },
  Trigger: { type: 'PipelineTriggerDeclarationProperty', required: ['ProviderType'] },
  GitConfiguration: { type: 'GitConfigurationProperty', required: ['SourceActionName'] },
  Variable: { type: 'VariableDeclarationProperty', required: ['Name'] },
  Pipeline: { type: 'CfnPipelineProps', required: ['RoleArn', 'Stages'] },
};

/** The properties CloudFormation requires that `value` (of shape `name`) lacks. */
export function missingRequired(name: ShapeName, value: Record<string, unknown>): string[] {
  return (CDK_TYPES[name]?.required ?? []).filter((key) => !Object.hasOwn(value, key));
}

function castIfIncomplete(expr: TsExpr, name: ShapeName, value: Record<string, unknown>): TsExpr {
  const spec = CDK_TYPES[name];
  if (!spec || missingRequired(name, value).length === 0) return expr;
  return cast(expr, `codepipeline.${name === 'Pipeline' ? '' : 'CfnPipeline.'}${spec.type}`);
}

function shapeExpr(name: ShapeName, value: unknown, ctx: CfnToTsContext): TsExpr {
  if (isIntrinsic(value)) return intrinsicExpr(value, 'structure', ctx);
  if (!isPlainObject(value)) return data(value);
  const entries: [string, TsExpr][] = ownEntries(value).map(([key, v]) => {
    const spec = SHAPES[name].find((s) => s.cfn === key);
    return [lowerFirst(key), spec ? fieldExpr(spec.type, v, ctx) : data(v)];
  });
  return castIfIncomplete(obj(entries), name, value);
}

function tagExpr(tag: unknown, ctx: CfnToTsContext): TsExpr {
  if (!isPlainObject(tag) || isIntrinsic(tag)) return scalarExpr(tag, 'structure', ctx);
  return obj(ownEntries(tag).map(([k, v]) => [lowerFirst(k), scalarExpr(v, 'string', ctx)]));
}

/** Where the stack's props stand in for literal values of the design. */
export interface StackPropSlots {
  /** `props.roleArn ?? '<the design's role>'` for a literal RoleArn. */
  roleArn: boolean;
  /** `props.artifactBucket ?? '<the design's bucket>'` for a literal ArtifactStore.Location. */
  artifactBucket: boolean;
}

/** The CfnPipeline props, with the role and the artifact bucket read from the stack props when literal. */
export function pipelinePropsExpr(
  properties: Record<string, unknown>,
  ctx: CfnToTsContext,
): { expr: TsExpr; slots: StackPropSlots; overrides: [string, unknown][] } {
  const slots: StackPropSlots = { roleArn: false, artifactBucket: false };
  const overrides: [string, unknown][] = [];
  const entries: [string, TsExpr][] = [];
  for (const [key, v] of ownEntries(properties)) {
    const spec = SHAPES.Pipeline.find((s) => s.cfn === key);
    if (key === 'RoleArn' && typeof v === 'string') {
      slots.roleArn = true;
      entries.push(['roleArn', orElse(code('props.roleArn'), str(v))]);
    } else if (key === 'ArtifactStore' && isPlainObject(v) && typeof v['Location'] === 'string') {
      slots.artifactBucket = true;
      const store = ownEntries(v).map(([k, sv]): [string, TsExpr] =>
        k === 'Location'
          ? ['location', orElse(code('props.artifactBucket'), str(sv as string))]
          : [
              lowerFirst(k),
              fieldExpr(SHAPES.ArtifactStore.find((s) => s.cfn === k)?.type ?? { kind: 'string' }, sv, ctx),
            ],
      );
      entries.push(['artifactStore', castIfIncomplete(obj(store), 'ArtifactStore', v)]);
    } else if (key === 'Tags' && Array.isArray(v)) {
      // Kept from the source template (the model holds no tags): CfnTag is `{ key, value }`.
      entries.push(['tags', arr(v.map((tag) => tagExpr(tag, ctx)))]);
    } else if (spec) {
      entries.push([lowerFirst(key), fieldExpr(spec.type, v, ctx)]);
    } else if (key === 'RestartExecutionOnUpdate') {
      entries.push(['restartExecutionOnUpdate', scalarExpr(v, 'structure', ctx)]);
    } else {
      // A property the model does not hold, kept from the source template as it is spelled there.
      overrides.push([key, v]);
    }
  }
  return { expr: castIfIncomplete(obj(entries), 'Pipeline', properties), slots, overrides };
}
