import { toCfnProperties } from '../cloudformation/to-cfn.js';
import { ownEntries } from '../plan/own.js';
import type { ExportPlan, ExportResult, ExportWarning } from '../types.js';
import { pipelinePropsExpr, type CfnToTsContext } from './cfn-to-ts.js';
import { arr, code, construct, obj, str, type TsExpr, type TsModule, type TsStatement } from './ts-ir.js';
import { tsIdentifier } from './ts-literal.js';
import { writeModule } from './ts-writer.js';
import { pipelineWarnings } from './warnings.js';

export { VERIFIED_CDK_VERSION } from './warnings.js';

/*
 * CDK emitter: a TypeScript Stack with one `CfnPipeline` (L1, exact fidelity). It is built
 * from the same CloudFormation properties as the CloudFormation export, so synthesizing the
 * stack yields the same resource. CloudFormation intrinsics become `cdk.Intrinsic` tokens.
 * Flow: properties -> TypeScript IR (`ts-ir.ts`) -> `writeModule`; warnings from one walk.
 */

function monitoringRule(plan: ExportPlan): TsStatement {
  const rule = obj([
    ['description', str('CodePipeline Pipeline Execution State Change events of this pipeline')],
    [
      'eventPattern',
      obj([
        ['source', arr([str('aws.codepipeline')])],
        ['detail-type', arr([str('CodePipeline Pipeline Execution State Change')])],
        ['detail', obj([['pipeline', arr([code('this.pipeline.ref')])]])],
      ]),
    ],
    ['state', str('ENABLED')],
  ]);
  return {
    kind: 'expression',
    value: construct('events.CfnRule', [code('this'), str(`${plan.resourceName}ExecutionStateChangeRule`), rule]),
  };
}

export function emitCdk(plan: ExportPlan): ExportResult {
  const { properties, parameters, warnings } = toCfnProperties(plan);
  const className = `${plan.resourceName}Stack`;
  const ctx: CfnToTsContext = { refs: new Map() };
  const taken = new Set<string>();
  const body: TsStatement[] = [];

  for (const [name, parameter] of ownEntries(parameters)) {
    let variable = tsIdentifier(name, 'secret');
    while (taken.has(variable)) variable += '_';
    taken.add(variable);
    ctx.refs.set(name, `${variable}.valueAsString`);
    const p = parameter as { Description: string; NoEcho?: true };
    const props: [string, TsExpr][] = [['type', str('String')]];
    if (p.NoEcho) props.push(['noEcho', code('true')]);
    props.push(['description', str(p.Description)]);
    body.push({
      kind: 'const',
      name: variable,
      value: construct('cdk.CfnParameter', [code('this'), str(name), obj(props)]),
    });
  }
  const extra: ExportWarning[] = pipelineWarnings(properties);
  if (plan.opaque.some((o) => o.handling === 'kept')) {
    extra.push({
      code: 'cdk-intrinsics',
      message:
        'CloudFormation intrinsics are kept as cdk.Intrinsic tokens; the parameters and resources they reference must exist in the stack.',
    });
  }

  const pipeline = pipelinePropsExpr(properties, ctx);
  body.push({
    kind: 'assign',
    target: 'this.pipeline',
    value: construct('codepipeline.CfnPipeline', [code('this'), str(plan.resourceName), pipeline.expr]),
  });
  if (plan.monitoring) body.push(monitoringRule(plan));

  const members = [
    ...(pipeline.slots.roleArn
      ? [
          {
            doc: 'The IAM role CodePipeline assumes (defaults to the one in the design).',
            name: 'roleArn',
            type: 'string',
          },
        ]
      : []),
    ...(pipeline.slots.artifactBucket
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
      ...(plan.monitoring ? [{ clause: '* as events', from: 'aws-cdk-lib/aws-events' }] : []),
      { clause: 'type { Construct }', from: 'constructs' },
    ],
    interfaces: [{ name: `${className}Props`, extends: 'cdk.StackProps', members }],
    classes: [
      {
        doc: `CodePipeline pipeline ${className} (exported by Pipewright).`,
        name: className,
        extends: 'cdk.Stack',
        fields: [{ declaration: 'public readonly pipeline: codepipeline.CfnPipeline' }],
        constructorParams: `scope: Construct, id: string, props: ${className}Props = {}`,
        superArgs: 'scope, id, props',
        body,
      },
    ],
  };
  return {
    text: writeModule(module),
    fileName: `${plan.resourceLabel.replace(/_/g, '-')}-stack.ts`,
    warnings: [...warnings, ...extra],
  };
}
