import { isIntrinsic } from '../cloudformation/intrinsics.js';
import { isPlainObject, ownEntries } from '../plan/own.js';
import type { ExportWarning } from '../types.js';
import { lowerFirst, type CfnToTsContext } from './cfn-to-ts.js';
import { ConstructIds } from './construct-ids.js';
import { arr, call, cast, code, construct, data, obj, str, type TsExpr, type TsStatement } from './ts-ir.js';
import { tsIdentifier } from './ts-literal.js';

/*
 * The parts of a CloudFormation template around the pipeline, as the L1 constructs of
 * aws-cdk-lib core: `CfnParameter`, `CfnMapping`, `CfnCondition`, `CfnRule`, `CfnResource`
 * (raw properties: a resource synthesizes exactly as the template holds it) and `CfnOutput`,
 * plus `templateOptions` for the description, format version, transforms and metadata.
 * Each keeps its logical id. Used for every CDK export: the parameters of lifted secrets and
 * placeholders go through `parameterStatements` too.
 */

/** Names of the stack's variables (unique in the constructor) and of its constructs. */
export class VariableNames {
  private readonly taken = new Set<string>();
  readonly constructIds = new ConstructIds();
  take(logicalId: string, fallback: string): string {
    let variable = tsIdentifier(logicalId, fallback);
    while (this.taken.has(variable)) variable += '_';
    this.taken.add(variable);
    return variable;
  }
}

/** `new type(this, id, props)`: the construct keeps `logicalId` even where CDK would refuse it as an id. */
export function elementStatement(
  names: VariableNames,
  type: string,
  logicalId: string,
  props: TsExpr | undefined,
  variable: string | undefined,
  after: TsStatement[] = [],
): TsStatement {
  const { id, overrideLogicalId } = names.constructIds.take(logicalId);
  let value = construct(type, [code('this'), str(id), ...(props ? [props] : [])]);
  if (overrideLogicalId && variable === undefined) {
    // Nothing else refers to it: the logical id is set on the new construct directly.
    value = { kind: 'method', target: value, name: 'overrideLogicalId', args: [str(logicalId)] };
  }
  const created: TsStatement =
    variable === undefined
      ? { kind: 'expression', value }
      : variable.startsWith('this.')
        ? { kind: 'assign', target: variable, value }
        : { kind: 'const', name: variable, value };
  const statements: TsStatement[] = [created, ...after];
  if (overrideLogicalId) {
    statements.unshift({
      kind: 'comment',
      text:
        logicalId === 'Default'
          ? 'CDK reserves the construct id Default: the logical id is set instead.'
          : `Another element of the template is named ${logicalId} too: the logical id is set instead.`,
    });
    if (variable !== undefined)
      statements.push({ kind: 'expression', value: call(`${variable}.overrideLogicalId`, [str(logicalId)]) });
  }
  return statements.length === 1 ? created : { kind: 'group', statements };
}

/** CfnParameterProps by CloudFormation name. */
const PARAMETER_PROPS = [
  'Type',
  'Default',
  'AllowedPattern',
  'AllowedValues',
  'ConstraintDescription',
  'Description',
  'MaxLength',
  'MaxValue',
  'MinLength',
  'MinValue',
  'NoEcho',
];

/** A parameter property typed as CfnParameterProps wants it (templates spell numbers and booleans as strings too). */
function parameterProp(key: string, value: unknown, spec: Record<string, unknown>): TsExpr {
  if (key === 'NoEcho' && typeof value === 'string') return data(value.toLowerCase() === 'true');
  if (/^M(ax|in)(Length|Value)$/.test(key) && typeof value === 'string' && Number.isFinite(Number(value)))
    return data(Number(value));
  if (key === 'AllowedValues' && Array.isArray(value)) return data(value.map((v) => (isIntrinsic(v) ? v : String(v))));
  // With the allowed values written as strings, a number or boolean default must be one too.
  if (
    key === 'Default' &&
    Array.isArray(spec['AllowedValues']) &&
    (typeof value === 'number' || typeof value === 'boolean')
  )
    return data(String(value));
  return data(value);
}

/**
 * One `CfnParameter` per entry of a template's `Parameters` section (or the parameters an
 * export adds: lifted secrets, placeholders), each registered in `ctx` so a `Ref` to it is
 * written as `<variable>.valueAsString`.
 */
export function parameterStatements(
  parameters: Record<string, unknown>,
  ctx: CfnToTsContext,
  names: VariableNames,
  warnings: ExportWarning[],
  fallback = 'parameter',
): TsStatement[] {
  const statements: TsStatement[] = [];
  for (const [name, spec] of ownEntries(parameters)) {
    const variable = names.take(name, fallback);
    ctx.refs.set(name, { variable, kind: 'parameter' });
    const props: [string, TsExpr][] = [];
    const fields = isPlainObject(spec) ? spec : {};
    for (const [key, value] of ownEntries(fields)) {
      if (PARAMETER_PROPS.includes(key)) props.push([lowerFirst(key), parameterProp(key, value, fields)]);
      else warnings.push(droppedWarning(`Parameters/${name}/${key}`, 'CfnParameter has no such property'));
    }
    statements.push(elementStatement(names, 'cdk.CfnParameter', name, obj(props), variable));
  }
  return statements;
}

function droppedWarning(where: string, why: string): ExportWarning {
  return {
    code: 'cdk-template-part-dropped',
    message: `The template's ${where} is left out of the stack: ${why}.`,
  };
}

const ALPHANUMERIC = /^[A-Za-z0-9]+$/;

function mappingStatements(mappings: Record<string, unknown>, names: VariableNames, warnings: ExportWarning[]) {
  const statements: TsStatement[] = [];
  for (const [name, mapping] of ownEntries(mappings)) {
    const attributes = isPlainObject(mapping)
      ? Object.values(mapping).flatMap((m) => (isPlainObject(m) ? Object.keys(m) : []))
      : [];
    const bad = attributes.find((a) => !ALPHANUMERIC.test(a));
    if (bad !== undefined) {
      // CfnMapping throws on such a name (CloudFormation takes only alphanumeric ones too).
      warnings.push(
        droppedWarning(`Mappings/${name}`, `its attribute name ${JSON.stringify(bad)} is not alphanumeric`),
      );
      continue;
    }
    names.take(name, 'mapping');
    statements.push(elementStatement(names, 'cdk.CfnMapping', name, obj([['mapping', data(mapping)]]), undefined));
  }
  return statements;
}

export function conditionStatements(
  conditions: Record<string, unknown>,
  names: VariableNames,
  variables: Map<string, string>,
) {
  return ownEntries(conditions).map(([name, expression]) => {
    const variable = names.take(name, 'condition');
    variables.set(name, variable);
    return elementStatement(
      names,
      'cdk.CfnCondition',
      name,
      obj([['expression', construct('cdk.Intrinsic', [data(expression)])]]),
      variable,
    );
  });
}

function ruleStatements(rules: Record<string, unknown>, names: VariableNames, warnings: ExportWarning[]) {
  return ownEntries(rules).map(([name, rule]) => {
    names.take(name, 'rule');
    const r = isPlainObject(rule) ? rule : {};
    for (const key of Object.keys(r)) {
      if (key !== 'RuleCondition' && key !== 'Assertions')
        warnings.push(droppedWarning(`Rules/${name}/${key}`, 'CfnRule holds only RuleCondition and Assertions'));
    }
    const props: [string, TsExpr][] = [];
    if (r['RuleCondition'] !== undefined)
      props.push(['ruleCondition', construct('cdk.Intrinsic', [data(r['RuleCondition'])])]);
    if (Array.isArray(r['Assertions'])) {
      props.push([
        'assertions',
        arr(
          r['Assertions'].map((a) => {
            const assertion = isPlainObject(a) ? a : {};
            const entries: [string, TsExpr][] = [['assert', construct('cdk.Intrinsic', [data(assertion['Assert'])])]];
            // CfnRuleAssertion requires a description CloudFormation does not: none is invented.
            if (typeof assertion['AssertDescription'] !== 'string')
              return cast(obj(entries), 'unknown as cdk.CfnRuleAssertion');
            entries.push(['assertDescription', str(assertion['AssertDescription'])]);
            return obj(entries);
          }),
        ),
      ]);
    }
    return elementStatement(names, 'cdk.CfnRule', name, obj(props), undefined);
  });
}

/** The resource attributes besides `Type` and `Properties`, as statements on the construct in `variable`. */
export function attributeStatements(
  resource: Record<string, unknown>,
  variable: string,
  conditions: Map<string, string>,
): TsStatement[] {
  const statements: TsStatement[] = [];
  for (const [key, value] of ownEntries(resource)) {
    if (key === 'Type' || key === 'Properties') continue;
    const condition = key === 'Condition' && typeof value === 'string' ? conditions.get(value) : undefined;
    if (condition !== undefined) {
      statements.push({ kind: 'assign', target: `${variable}.cfnOptions.condition`, value: code(condition) });
    } else {
      // The source's own spelling (a DependsOn string or list, policies, metadata) is kept as it is.
      statements.push({ kind: 'expression', value: call(`${variable}.addOverride`, [str(key), data(value)]) });
    }
  }
  return statements;
}

/** Template sections the stack writes, and how. */
const HANDLED = new Set([
  'AWSTemplateFormatVersion',
  'Description',
  'Transform',
  'Metadata',
  'Parameters',
  'Mappings',
  'Conditions',
  'Rules',
  'Resources',
  'Outputs',
]);

export interface TemplateParts {
  /** Statements before the resources: template options, parameters, mappings, conditions, rules. */
  head: TsStatement[];
  /** Condition name -> variable, for resources and outputs that carry one. */
  conditions: Map<string, string>;
}

/** The template options and the sections before `Resources`. */
export function templateHead(
  template: Record<string, unknown>,
  ctx: CfnToTsContext,
  names: VariableNames,
  warnings: ExportWarning[],
): TemplateParts {
  const head: TsStatement[] = [];
  const options: [string, TsExpr][] = [];
  if (template['AWSTemplateFormatVersion'] !== undefined)
    options.push(['templateFormatVersion', data(template['AWSTemplateFormatVersion'])]);
  if (template['Description'] !== undefined) options.push(['description', data(template['Description'])]);
  const transform = template['Transform'];
  if (transform !== undefined) options.push(['transforms', data(Array.isArray(transform) ? transform : [transform])]);
  if (template['Metadata'] !== undefined) options.push(['metadata', data(template['Metadata'])]);
  if (options.length > 0) {
    head.push({
      kind: 'group',
      statements: options.map(([key, value]) => ({ kind: 'assign', target: `this.templateOptions.${key}`, value })),
    });
  }
  for (const key of Object.keys(template)) {
    if (!HANDLED.has(key)) warnings.push(droppedWarning(key, 'aws-cdk-lib has no construct for this section'));
  }
  const section = (key: string): Record<string, unknown> =>
    isPlainObject(template[key]) ? (template[key] as Record<string, unknown>) : {};
  head.push(...parameterStatements(section('Parameters'), ctx, names, warnings));
  head.push(...mappingStatements(section('Mappings'), names, warnings));
  const conditions = new Map<string, string>();
  head.push(...conditionStatements(section('Conditions'), names, conditions));
  head.push(...ruleStatements(section('Rules'), names, warnings));
  return { head, conditions };
}

/** Logical ids a `Ref` in `value` names (not inside `Fn::Sub` templates). */
export function referencedIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) referencedIds(item, into);
  else if (isPlainObject(value)) {
    if (isIntrinsic(value) && typeof value['Ref'] === 'string') into.add(value['Ref']);
    for (const v of Object.values(value)) referencedIds(v, into);
  }
  return into;
}

/** A resource other than the pipeline, as a `CfnResource` with its properties as the template has them. */
export function resourceStatement(
  logicalId: string,
  resource: Record<string, unknown>,
  ctx: CfnToTsContext,
  names: VariableNames,
  conditions: Map<string, string>,
  referenced: Set<string>,
): TsStatement {
  const props: [string, TsExpr][] = [['type', data(resource['Type'])]];
  if (resource['Properties'] !== undefined) props.push(['properties', data(resource['Properties'])]);
  const hasAttributes = Object.keys(resource).some((k) => k !== 'Type' && k !== 'Properties');
  const needsVariable = hasAttributes || referenced.has(logicalId);
  const variable = needsVariable ? names.take(logicalId, 'resource') : undefined;
  if (variable !== undefined && referenced.has(logicalId)) ctx.refs.set(logicalId, { variable, kind: 'resource' });
  const after = variable === undefined ? [] : attributeStatements(resource, variable, conditions);
  return elementStatement(names, 'cdk.CfnResource', logicalId, obj(props), variable, after);
}

/** The `Outputs` section as `CfnOutput`s. */
export function outputStatements(
  outputs: Record<string, unknown>,
  names: VariableNames,
  conditions: Map<string, string>,
  warnings: ExportWarning[],
): TsStatement[] {
  return ownEntries(outputs).map(([name, output]) => {
    const o = isPlainObject(output) ? output : {};
    const asString = (v: unknown): TsExpr =>
      isIntrinsic(v) ? call('cdk.Token.asString', [construct('cdk.Intrinsic', [data(v)])]) : data(v);
    const props: [string, TsExpr][] = [['value', asString(o['Value'])]];
    if (o['Description'] !== undefined) props.push(['description', asString(o['Description'])]);
    const exported = isPlainObject(o['Export']) ? o['Export']['Name'] : undefined;
    if (exported !== undefined) props.push(['exportName', asString(exported)]);
    const condition = typeof o['Condition'] === 'string' ? conditions.get(o['Condition']) : undefined;
    if (condition !== undefined) props.push(['condition', code(condition)]);
    for (const key of Object.keys(o)) {
      if (!['Value', 'Description', 'Export', 'Condition'].includes(key) || (key === 'Condition' && !condition))
        warnings.push(droppedWarning(`Outputs/${name}/${key}`, 'CfnOutput cannot hold it'));
    }
    names.take(name, 'output');
    return elementStatement(names, 'cdk.CfnOutput', name, obj(props), undefined);
  });
}
