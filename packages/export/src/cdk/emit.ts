import { isPlainObject, ownEntries } from '../plan/own.js';
import { isIntrinsic } from '../cloudformation/intrinsics.js';
import { SHAPES, type FieldKind, type ShapeName } from '../cloudformation/shapes.js';
import { toCfnProperties } from '../cloudformation/to-cfn.js';
import type { ExportPlan, ExportResult, ExportWarning } from '../types.js';
import { tsIdentifier, tsKey, tsString } from './ts-literal.js';

/*
 * CDK emitter: a TypeScript Stack with one `CfnPipeline` (L1, exact fidelity). It is built
 * from the same CloudFormation properties as the CloudFormation export, so synthesizing the
 * stack yields the same resource. CloudFormation intrinsics become `cdk.Intrinsic` tokens.
 */

const STEP = '  ';

interface Context {
  /** Secret parameter name -> TS variable holding the CfnParameter. */
  secretVars: Map<string, string>;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function objectLiteral(entries: [string, string][], indent: string): string {
  if (entries.length === 0) return '{}';
  const flat = `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  if (flat.length <= 60 && !flat.includes('\n')) return flat;
  const inner = indent + STEP;
  return `{\n${entries.map(([k, v]) => `${inner}${k}: ${v},`).join('\n')}\n${indent}}`;
}

function arrayLiteral(items: string[], indent: string): string {
  if (items.length === 0) return '[]';
  const flat = `[${items.join(', ')}]`;
  if (flat.length <= 60 && !flat.includes('\n')) return flat;
  const inner = indent + STEP;
  return `[\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}]`;
}

/** Any JSON-like data as a TypeScript literal (intrinsic payloads). */
function dataLiteral(value: unknown, indent: string): string {
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value))
    return arrayLiteral(
      value.map((v) => dataLiteral(v, indent + STEP)),
      indent,
    );
  if (isPlainObject(value)) {
    return objectLiteral(
      ownEntries(value).map(([k, v]) => [tsKey(k), dataLiteral(v, indent + STEP)]),
      indent,
    );
  }
  return 'null';
}

type Position = 'string' | 'number' | 'structure';

function intrinsicExpr(value: Record<string, unknown>, position: Position, ctx: Context, indent: string): string {
  const ref = value['Ref'];
  if (typeof ref === 'string' && ctx.secretVars.has(ref)) return `${ctx.secretVars.get(ref)}.valueAsString`;
  const token = `new cdk.Intrinsic(${dataLiteral(value, indent)})`;
  if (position === 'string') return `cdk.Token.asString(${token})`;
  if (position === 'number') return `cdk.Token.asNumber(${token})`;
  return token;
}

function scalarExpr(value: unknown, position: Position, ctx: Context, indent: string): string {
  if (isIntrinsic(value)) return intrinsicExpr(value, position, ctx, indent);
  return dataLiteral(value, indent);
}

function fieldExpr(type: FieldKind, value: unknown, ctx: Context, indent: string): string {
  if (isIntrinsic(value)) {
    const position: Position = type.kind === 'string' ? 'string' : type.kind === 'integer' ? 'number' : 'structure';
    return intrinsicExpr(value, position, ctx, indent);
  }
  switch (type.kind) {
    case 'string':
      return scalarExpr(value, 'string', ctx, indent);
    case 'integer':
      return scalarExpr(value, 'number', ctx, indent);
    case 'stringList':
      return Array.isArray(value)
        ? arrayLiteral(
            value.map((v) => scalarExpr(v, 'string', ctx, indent + STEP)),
            indent,
          )
        : dataLiteral(value, indent);
    case 'object':
      return shapeExpr(type.shape, value, ctx, indent);
    case 'list':
      return Array.isArray(value)
        ? arrayLiteral(
            value.map((v) => shapeExpr(type.shape, v, ctx, indent + STEP)),
            indent,
          )
        : dataLiteral(value, indent);
    case 'configuration':
      if (!isPlainObject(value)) return dataLiteral(value, indent);
      return objectLiteral(
        ownEntries(value).map(([k, v]) => [tsKey(k), scalarExpr(v, 'string', ctx, indent + STEP)]),
        indent,
      );
    case 'artifactStores':
      if (!Array.isArray(value)) return dataLiteral(value, indent);
      return arrayLiteral(
        value.map((entry) => {
          const e = isPlainObject(entry) ? entry : {};
          const inner = indent + STEP;
          return objectLiteral(
            [
              ['region', scalarExpr(e['Region'], 'string', ctx, inner + STEP)],
              ['artifactStore', shapeExpr('ArtifactStore', e['ArtifactStore'], ctx, inner + STEP)],
            ],
            inner,
          );
        }),
        indent,
      );
  }
}

/**
 * The CfnPipeline property types and the properties they require (as CloudFormation names
 * them). A pipeline that lacks one (an import of a broken file) still yields code that
 * compiles: the literal is asserted to its type, and `incompleteWarnings` says what is missing.
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

function missingRequired(name: ShapeName, value: Record<string, unknown>): string[] {
  return (CDK_TYPES[name]?.required ?? []).filter((key) => !Object.hasOwn(value, key));
}

function castIfIncomplete(code: string, name: ShapeName, value: Record<string, unknown>): string {
  const spec = CDK_TYPES[name];
  if (!spec || missingRequired(name, value).length === 0) return code;
  return `${code} as codepipeline.${name === 'Pipeline' ? '' : 'CfnPipeline.'}${spec.type}`;
}

/** One warning per object that lacks a property CloudFormation requires. */
function incompleteWarnings(properties: Record<string, unknown>): ExportWarning[] {
  const warnings: ExportWarning[] = [];
  const visitShape = (name: ShapeName, node: unknown, path: string): void => {
    if (!isPlainObject(node)) return;
    const value: Record<string, unknown> = node;
    if (isIntrinsic(node)) return;
    const missing = missingRequired(name, value);
    if (missing.length > 0) {
      warnings.push({
        code: 'cdk-incomplete',
        message: `${missing.join(', ')} missing: the stack compiles, but CloudFormation will reject the pipeline until it is set.`,
        path: apiPath(path) || '/',
      });
    }
    for (const spec of SHAPES[name]) {
      const v = value[spec.cfn];
      const here = `${path}/${spec.cfn}`;
      if (spec.type.kind === 'object') visitShape(spec.type.shape, v, here);
      if (spec.type.kind === 'list' && Array.isArray(v)) {
        const shape = spec.type.shape;
        v.forEach((item, i) => visitShape(shape, item, `${here}/${i}`));
      }
      if (spec.type.kind === 'artifactStores' && Array.isArray(v)) {
        v.forEach((item, i) =>
          visitShape(
            'ArtifactStore',
            isPlainObject(item) ? item['ArtifactStore'] : undefined,
            `${here}/${i}/ArtifactStore`,
          ),
        );
      }
    }
  };
  visitShape('Pipeline', properties, '');
  return warnings;
}

function shapeExpr(name: ShapeName, value: unknown, ctx: Context, indent: string): string {
  if (isIntrinsic(value)) return intrinsicExpr(value, 'structure', ctx, indent);
  if (!isPlainObject(value)) return dataLiteral(value, indent);
  const entries: [string, string][] = [];
  for (const [key, v] of ownEntries(value)) {
    const spec = SHAPES[name].find((s) => s.cfn === key);
    entries.push([
      tsKey(lowerFirst(key)),
      spec ? fieldExpr(spec.type, v, ctx, indent + STEP) : dataLiteral(v, indent + STEP),
    ]);
  }
  return castIfIncomplete(objectLiteral(entries, indent), name, value);
}

/** The CfnPipeline props, with the role and the artifact bucket read from the stack props when literal. */
function pipelineExpr(
  properties: Record<string, unknown>,
  ctx: Context,
  indent: string,
): { code: string; props: string[] } {
  const props: string[] = [];
  const entries: [string, string][] = [];
  for (const [key, v] of ownEntries(properties)) {
    const spec = SHAPES.Pipeline.find((s) => s.cfn === key);
    const inner = indent + STEP;
    if (key === 'RoleArn' && typeof v === 'string') {
      props.push('roleArn');
      entries.push(['roleArn', `props.roleArn ?? ${tsString(v)}`]);
    } else if (key === 'ArtifactStore' && isPlainObject(v) && typeof v['Location'] === 'string') {
      props.push('artifactBucket');
      const store = ownEntries(v).map(([k, sv]): [string, string] =>
        k === 'Location'
          ? ['location', `props.artifactBucket ?? ${tsString(sv as string)}`]
          : [
              tsKey(lowerFirst(k)),
              fieldExpr(
                SHAPES.ArtifactStore.find((s) => s.cfn === k)?.type ?? { kind: 'string' },
                sv,
                ctx,
                inner + STEP,
              ),
            ],
      );
      entries.push(['artifactStore', castIfIncomplete(objectLiteral(store, inner), 'ArtifactStore', v)]);
    } else {
      entries.push([tsKey(lowerFirst(key)), spec ? fieldExpr(spec.type, v, ctx, inner) : dataLiteral(v, inner)]);
    }
  }
  return { code: castIfIncomplete(objectLiteral(entries, indent), 'Pipeline', properties), props };
}

/** `/Stages/0/Actions/1/Configuration/Key` -> `/stages/0/actions/1/configuration/Key` (warnings point into the pipeline). */
function apiPath(cfnPath: string): string {
  const segments = cfnPath.split('/').slice(1);
  return segments
    .map((s, i) => (segments[i - 1] === 'Configuration' || /^\d+$/.test(s) ? `/${s}` : `/${lowerFirst(s)}`))
    .join('');
}

/** The aws-cdk-lib version every CDK export is compiled and synthesized with in the tests. */
export const VERIFIED_CDK_VERSION = '2.276.0';

/** CfnPipeline props that older aws-cdk-lib releases do not have (added with the CodePipeline V2 features). */
const RECENT_PROPS: [path: RegExp, what: string][] = [
  [
    /^\/(PipelineType|Variables|Triggers|ExecutionMode)$/,
    'pipeline type V2 features (pipelineType, variables, triggers, executionMode)',
  ],
  [/^\/Stages\/\d+\/(BeforeEntry|OnSuccess|OnFailure)$/, 'stage conditions (beforeEntry, onSuccess, onFailure)'],
  [
    /^\/Stages\/\d+\/Actions\/\d+\/(Commands|OutputVariables|EnvironmentVariables)$/,
    'action commands, outputVariables and environmentVariables',
  ],
];

/** One warning per recent feature the properties use (the first place it is used). */
function versionWarnings(properties: Record<string, unknown>): ExportWarning[] {
  const found = new Map<string, string>();
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, `${path}/${i}`));
    else if (isPlainObject(node) && !isIntrinsic(node)) {
      for (const [k, v] of ownEntries(node)) {
        const here = `${path}/${k}`;
        const feature = RECENT_PROPS.find(([pattern]) => pattern.test(here))?.[1];
        if (feature && !found.has(feature)) found.set(feature, here);
        if (k !== 'Configuration') visit(v, here);
      }
    }
  };
  visit(properties, '');
  return [...found].map(([feature, path]) => ({
    code: 'cdk-min-version',
    message: `CfnPipeline takes ${feature} only in recent aws-cdk-lib releases; this export is verified with aws-cdk-lib ${VERIFIED_CDK_VERSION}: use it or a newer one.`,
    path: apiPath(path),
  }));
}

/** Configuration keys `__proto__` (CFN property paths): CDK's synthesis loses them. */
function protoConfigKeys(properties: Record<string, unknown>): string[] {
  const found: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, `${path}/${i}`));
    else if (isPlainObject(node)) {
      for (const [k, v] of ownEntries(node)) {
        if (k === '__proto__' && path.endsWith('/Configuration')) found.push(`${path}/${k}`);
        visit(v, `${path}/${k}`);
      }
    }
  };
  visit(properties, '');
  return found;
}

export function emitCdk(plan: ExportPlan): ExportResult {
  const { properties, parameters, warnings } = toCfnProperties(plan);
  const extra: ExportWarning[] = [];
  const className = `${plan.resourceName}Stack`;
  const ctx: Context = { secretVars: new Map() };
  const taken = new Set<string>();
  const lines: string[] = [];
  const body: string[] = [];
  const indent = STEP + STEP;

  for (const [name, parameter] of ownEntries(parameters)) {
    let variable = tsIdentifier(name, 'secret');
    while (taken.has(variable)) variable += '_';
    taken.add(variable);
    ctx.secretVars.set(name, variable);
    const p = parameter as { Description: string; NoEcho?: true };
    const props: [string, string][] = [['type', tsString('String')]];
    if (p.NoEcho) props.push(['noEcho', 'true']);
    props.push(['description', tsString(p.Description)]);
    body.push(
      `${indent}const ${variable} = new cdk.CfnParameter(this, ${tsString(name)}, ${objectLiteral(props, indent)});`,
    );
  }
  extra.push(...versionWarnings(properties), ...incompleteWarnings(properties));
  for (const secretPath of protoConfigKeys(properties)) {
    extra.push({
      code: 'cdk-proto-key',
      message:
        'aws-cdk-lib drops a configuration key named __proto__ when it synthesizes; it is in the code but not in the template.',
      path: apiPath(secretPath),
    });
  }
  if (plan.opaque.some((o) => o.handling === 'kept')) {
    extra.push({
      code: 'cdk-intrinsics',
      message:
        'CloudFormation intrinsics are kept as cdk.Intrinsic tokens; the parameters and resources they reference must exist in the stack.',
    });
  }

  const pipeline = pipelineExpr(properties, ctx, indent);
  body.push(
    `${indent}this.pipeline = new codepipeline.CfnPipeline(this, ${tsString(plan.resourceName)}, ${pipeline.code});`,
  );

  if (plan.monitoring) {
    const rule = objectLiteral(
      [
        ['description', tsString('CodePipeline Pipeline Execution State Change events of this pipeline')],
        [
          'eventPattern',
          objectLiteral(
            [
              ['source', `[${tsString('aws.codepipeline')}]`],
              [tsString('detail-type'), `[${tsString('CodePipeline Pipeline Execution State Change')}]`],
              ['detail', `{ pipeline: [this.pipeline.ref] }`],
            ],
            indent + STEP,
          ),
        ],
        ['state', tsString('ENABLED')],
      ],
      indent,
    );
    body.push(
      `${indent}new events.CfnRule(this, ${tsString(`${plan.resourceName}ExecutionStateChangeRule`)}, ${rule});`,
    );
  }

  lines.push(`import * as cdk from 'aws-cdk-lib';`);
  lines.push(`import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';`);
  if (plan.monitoring) lines.push(`import * as events from 'aws-cdk-lib/aws-events';`);
  lines.push(`import type { Construct } from 'constructs';`, '');
  const hasProps = pipeline.props.length > 0;
  lines.push(`export interface ${className}Props extends cdk.StackProps {${hasProps ? '' : '}'}`);
  if (pipeline.props.includes('roleArn')) {
    lines.push(
      `  /** The IAM role CodePipeline assumes (defaults to the one in the design). */`,
      `  readonly roleArn?: string;`,
    );
  }
  if (pipeline.props.includes('artifactBucket')) {
    lines.push(
      `  /** The S3 bucket for the pipeline's artifacts (defaults to the one in the design). */`,
      `  readonly artifactBucket?: string;`,
    );
  }
  if (hasProps) lines.push('}');
  lines.push('');
  lines.push(`/** CodePipeline pipeline ${className} (exported by Pipewright). */`);
  lines.push(`export class ${className} extends cdk.Stack {`);
  lines.push(`  public readonly pipeline: codepipeline.CfnPipeline;`, '');
  lines.push(`  constructor(scope: Construct, id: string, props: ${className}Props = {}) {`);
  lines.push(`    super(scope, id, props);`, '');
  lines.push(body.join('\n\n'));
  lines.push('  }', '}', '');
  return {
    text: lines.join('\n'),
    fileName: `${plan.resourceLabel.replace(/_/g, '-')}-stack.ts`,
    warnings: [...warnings, ...extra],
  };
}
