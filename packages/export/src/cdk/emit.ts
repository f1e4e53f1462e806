import { buildTemplate } from '../cloudformation/template.js';
import { toCfnProperties } from '../cloudformation/to-cfn.js';
import { isPlainObject, ownEntries } from '../plan/own.js';
import { plannedConditionExpression } from '../plan/structure.js';
import type { ExportPlan, ExportResult, ExportWarning } from '../types.js';
import { pipelinePropsExpr, type CfnToTsContext, type StackPropSlots } from './cfn-to-ts.js';
import {
  attributeStatements,
  conditionStatements,
  elementStatement,
  outputStatements,
  parameterStatements,
  referencedIds,
  resourceStatement,
  templateHead,
  VariableNames,
} from './template-parts.js';
import { escapeTokenMarkers, type EscapedMarker } from './token-escape.js';
import { arr, call, code, data, obj, str, type TsModule, type TsStatement } from './ts-ir.js';
import { writeModule } from './ts-writer.js';
import { l2Blocker, l2ImportPath, writeL2Pipeline } from './l2/l2-pipeline.js';
import { withoutUnusedConsts } from './unused-consts.js';
import { apiPath, pipelineWarnings } from './warnings.js';

export { VERIFIED_CDK_VERSION } from './warnings.js';

/*
 * CDK emitter: a TypeScript Stack with one `CfnPipeline` (L1, exact fidelity). It is built
 * from the same CloudFormation properties as the CloudFormation export, so synthesizing the
 * stack yields the same resource. CloudFormation intrinsics become `cdk.Intrinsic` tokens.
 * A pipeline imported from a CloudFormation template brings the rest of that template along
 * (`template-parts.ts`): the stack synthesizes to the CloudFormation export's whole template.
 * Flow: properties -> TypeScript IR (`ts-ir.ts`) -> `writeModule`; warnings from one walk.
 */

function monitoringRule(
  names: VariableNames,
  logicalId: string,
  condition: string | undefined,
  pipelineRef: string,
): TsStatement {
  const rule = obj([
    ['description', str('CodePipeline Pipeline Execution State Change events of this pipeline')],
    [
      'eventPattern',
      obj([
        ['source', arr([str('aws.codepipeline')])],
        ['detail-type', arr([str('CodePipeline Pipeline Execution State Change')])],
        ['detail', obj([['pipeline', arr([code(pipelineRef)])]])],
      ]),
    ],
    ['state', str('ENABLED')],
  ]);
  const id = `${logicalId}ExecutionStateChangeRule`;
  if (condition === undefined) return elementStatement(names, 'events.CfnRule', id, rule, undefined);
  // A conditional pipeline gets a rule with the same condition: its Ref must resolve.
  return elementStatement(names, 'events.CfnRule', id, rule, 'monitoringRule', [
    { kind: 'assign', target: 'monitoringRule.cfnOptions.condition', value: code(condition) },
  ]);
}

/** One warning per literal written as `Fn::Join` and per configuration key dropped for holding a token marker. */
function markerWarnings(escaped: EscapedMarker[], pipelinePrefix: string): ExportWarning[] {
  return escaped.map((e) => {
    const inPipeline = e.path.startsWith(pipelinePrefix);
    const path = inPipeline ? apiPath(e.path.slice(pipelinePrefix.length)) : undefined;
    const where = inPipeline ? '' : ` (template ${e.path})`;
    return e.kind === 'value'
      ? {
          code: 'cdk-token-escaped',
          message: `The value${where} holds text aws-cdk-lib reads as a token marker (Token[ or e+289): it is written as an Fn::Join of its pieces, which CloudFormation joins back to the same text.`,
          ...(path ? { path } : {}),
        }
      : {
          code: 'cdk-token-key',
          message: `The configuration key${where} holds text aws-cdk-lib reads as a token marker (Token[ or e+289) and a key cannot be escaped: it is left out of the stack.`,
          ...(path ? { path } : {}),
        };
  });
}

interface StackBody {
  body: TsStatement[];
  slots: StackPropSlots;
  warnings: ExportWarning[];
  /** L2: the extra modules the body uses and constant declarations it needs. */
  l2?: { imports: string[]; helpers: string[][] };
}

interface PipelineInput {
  plan: ExportPlan;
  properties: Record<string, unknown>;
  logicalId: string;
  ctx: CfnToTsContext;
  names: VariableNames;
  /** Statements for the resource attributes, on the construct held by the variable given. */
  attributes: (variable: string) => TsStatement[];
}

interface PipelinePart {
  statements: TsStatement[];
  slots: StackPropSlots;
  warnings: ExportWarning[];
  l2?: { imports: string[]; helpers: string[][] };
}

/** The pipeline as a `CfnPipeline` (L1): the CloudFormation export's properties, typed. */
function l1Pipeline(input: PipelineInput): PipelinePart {
  const pipeline = pipelinePropsExpr(input.properties, input.ctx);
  const after: TsStatement[] = [
    ...pipeline.overrides.map(([key, value]): TsStatement => ({
      kind: 'expression',
      value: call('this.pipeline.addPropertyOverride', [str(key), data(value)]),
    })),
    ...input.attributes('this.pipeline'),
  ];
  return {
    statements: [
      elementStatement(input.names, 'codepipeline.CfnPipeline', input.logicalId, pipeline.expr, 'this.pipeline', after),
    ],
    slots: pipeline.slots,
    warnings: [],
  };
}

/** The pipeline as `codepipeline.Pipeline` (L2) when the style asks for it and L2 can hold it, else L1 with a warning. */
function pipelinePart(input: PipelineInput): PipelinePart {
  if (input.plan.cdkStyle !== 'l2') return l1Pipeline(input);
  const blocker = l2Blocker(input.properties);
  if (blocker) {
    const l1 = l1Pipeline(input);
    l1.warnings.push({
      code: 'cdk-l2-unavailable',
      message: `The pipeline is written as L1 (CfnPipeline): ${blocker.why}.`,
      path: blocker.path,
    });
    return l1;
  }
  const l2 = writeL2Pipeline({ ...input, constructIds: input.names.constructIds });
  return {
    statements: l2.statements,
    slots: l2.slots,
    warnings: l2.warnings,
    l2: { imports: l2.imports, helpers: l2.helpers },
  };
}

function pipelineRefOf(part: PipelinePart): string {
  return part.l2 ? 'this.pipeline.pipelineName' : 'this.pipeline.ref';
}

/** A pipeline designed or imported from API JSON or Terraform: its parameters, the pipeline, the rule. */
function designedStack(plan: ExportPlan): StackBody {
  const cfn = toCfnProperties(plan);
  const warnings = [...cfn.warnings];
  const { properties, escaped } = escapeTokenMarkers(cfn.properties);
  const ctx: CfnToTsContext = { refs: new Map() };
  const names = new VariableNames();
  const body = parameterStatements(cfn.parameters, ctx, names, warnings, 'secret');
  // Terraform choices written as Fn::If test their "true"/"false" parameters (declared above).
  const choices = (plan.conditions ?? []).map((c) => [c.name, plannedConditionExpression(c)]);
  const conditions = new Map<string, string>();
  body.push(...conditionStatements(Object.fromEntries(choices), names, conditions));
  warnings.push(...pipelineWarnings(properties), ...markerWarnings(escaped, ''));
  if (plan.opaque.some((o) => o.handling === 'kept')) {
    warnings.push({
      code: 'cdk-intrinsics',
      message:
        'CloudFormation intrinsics are kept as cdk.Intrinsic tokens; the parameters and resources they reference must exist in the stack.',
    });
  }
  // `count = var.x ? 1 : 0` on a Terraform resource: the pipeline exists only under its condition.
  const resource = plan.resourceCondition ? { Condition: plan.resourceCondition } : {};
  const pipeline = pipelinePart({
    plan,
    properties,
    logicalId: plan.resourceName,
    ctx,
    names,
    attributes: (variable) => attributeStatements(resource, variable, conditions),
  });
  body.push(...pipeline.statements);
  warnings.push(...pipeline.warnings);
  if (plan.monitoring) {
    const condition = plan.resourceCondition ? conditions.get(plan.resourceCondition) : undefined;
    body.push(monitoringRule(names, plan.resourceName, condition, pipelineRefOf(pipeline)));
  }
  return { body, slots: pipeline.slots, warnings, ...(pipeline.l2 ? { l2: pipeline.l2 } : {}) };
}

/** A pipeline imported from a CloudFormation template: the CloudFormation export's whole template as constructs. */
function templateStack(plan: ExportPlan): StackBody {
  const built = buildTemplate(plan);
  const warnings = [...built.warnings];
  const escapedTemplate = escapeTokenMarkers(built.template);
  const template = escapedTemplate.properties;
  const { logicalId } = built;
  const resources = isPlainObject(template['Resources']) ? template['Resources'] : {};
  const pipelineResource = isPlainObject(resources[logicalId]) ? resources[logicalId] : {};
  const properties = isPlainObject(pipelineResource['Properties']) ? pipelineResource['Properties'] : {};
  const ruleId = plan.monitoring ? `${logicalId}ExecutionStateChangeRule` : undefined;

  const ctx: CfnToTsContext = { refs: new Map() };
  const names = new VariableNames();
  const { head, conditions } = templateHead(template, ctx, names, warnings);
  const body = [...head];
  warnings.push(
    ...pipelineWarnings(properties),
    ...markerWarnings(escapedTemplate.escaped, `/Resources/${logicalId}/Properties`),
  );

  const referenced = referencedIds(properties);
  let part: PipelinePart | undefined;
  for (const [id, resource] of ownEntries(resources)) {
    if (!isPlainObject(resource) || id === ruleId) continue;
    if (id !== logicalId) {
      body.push(resourceStatement(id, resource, ctx, names, conditions, referenced));
      continue;
    }
    part = pipelinePart({
      plan,
      properties,
      logicalId,
      ctx,
      names,
      attributes: (variable) => attributeStatements(pipelineResource, variable, conditions),
    });
    body.push(...part.statements);
    warnings.push(...part.warnings);
  }
  if (ruleId !== undefined && part) {
    const condition = pipelineResource['Condition'];
    body.push(
      monitoringRule(
        names,
        logicalId,
        typeof condition === 'string' ? conditions.get(condition) : undefined,
        pipelineRefOf(part),
      ),
    );
  }
  const outputs = isPlainObject(template['Outputs']) ? template['Outputs'] : {};
  body.push(...outputStatements(outputs, names, conditions, warnings));
  const slots = part?.slots ?? { roleArn: false, artifactBucket: false };
  return { body, slots, warnings, ...(part?.l2 ? { l2: part.l2 } : {}) };
}

export function emitCdk(plan: ExportPlan): ExportResult {
  const className = `${plan.resourceName}Stack`;
  const { body, slots, warnings, l2 } =
    plan.extras?.kind === 'cloudformation' ? templateStack(plan) : designedStack(plan);
  const members = [
    ...(slots.roleArn
      ? [
          {
            doc: 'The IAM role CodePipeline assumes (defaults to the one in the design).',
            name: 'roleArn',
            type: 'string',
          },
        ]
      : []),
    ...(slots.artifactBucket
      ? [
          {
            doc: "The S3 bucket for the pipeline's artifacts (defaults to the one in the design).",
            name: 'artifactBucket',
            type: 'string',
          },
        ]
      : []),
  ];
  const module: TsModule = {
    imports: [
      { clause: '* as cdk', from: 'aws-cdk-lib' },
      { clause: '* as codepipeline', from: 'aws-cdk-lib/aws-codepipeline' },
      ...(l2?.imports ?? []).sort().map((name) => ({ clause: `* as ${name}`, from: l2ImportPath(name) })),
      ...(plan.monitoring ? [{ clause: '* as events', from: 'aws-cdk-lib/aws-events' }] : []),
      { clause: 'type { Construct }', from: 'constructs' },
    ],
    interfaces: [{ name: `${className}Props`, extends: 'cdk.StackProps', members }],
    helpers: l2?.helpers ?? [],
    classes: [
      {
        doc: `CodePipeline pipeline ${className} (exported by Pipewright).`,
        name: className,
        extends: 'cdk.Stack',
        fields: [{ declaration: `public readonly pipeline: codepipeline.${l2 ? 'Pipeline' : 'CfnPipeline'}` }],
        constructorParams: `scope: Construct, id: string, props: ${className}Props = {}`,
        superArgs: 'scope, id, props',
        body: withoutUnusedConsts(body),
      },
    ],
  };
  return {
    text: writeModule(module),
    fileName: `${plan.resourceLabel.replace(/_/g, '-')}-stack.ts`,
    warnings,
  };
}
