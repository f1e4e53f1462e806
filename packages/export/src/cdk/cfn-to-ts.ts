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

export interface CfnToTsContext {
  /** CloudFormation name (parameter, resource) -> the TS expression standing for its `Ref`. */
  refs: Map<string, string>;
}

type Position = 'string' | 'number' | 'structure';

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function intrinsicExpr(value: Record<string, unknown>, position: Position, ctx: CfnToTsContext): TsExpr {
  const ref = value['Ref'];
  const known = typeof ref === 'string' ? ctx.refs.get(ref) : undefined;
  if (known !== undefined) return code(known);
  const token = construct('cdk.Intrinsic', [data(value)]);
  if (position === 'string') return call('cdk.Token.asString', [token]);
  if (position === 'number') return call('cdk.Token.asNumber', [token]);
  return token;
}

function scalarExpr(value: unknown, position: Position, ctx: CfnToTsContext): TsExpr {
  return isIntrinsic(value) ? intrinsicExpr(value, position, ctx) : data(value);
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
      return obj(ownEntries(value).map(([k, v]) => [k, scalarExpr(v, 'string', ctx)]));
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
): { expr: TsExpr; slots: StackPropSlots } {
  const slots: StackPropSlots = { roleArn: false, artifactBucket: false };
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
    } else {
      entries.push([lowerFirst(key), spec ? fieldExpr(spec.type, v, ctx) : data(v)]);
    }
  }
  return { expr: castIfIncomplete(obj(entries), 'Pipeline', properties), slots };
}
