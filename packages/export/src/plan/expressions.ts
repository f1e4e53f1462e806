import { isOpaque, placeholder, type Pipeline } from '@pipewright/model';
import { scanTemplate, soleExpression } from '../terraform/template.js';
import type { ExportTarget, ExportWarning, ExpressionParam, ExpressionValue } from '../types.js';
import { pascalIdentifier, uniqueName } from './names.js';
import { isNumericField } from './opaque.js';
import { isPlainObject, ownEntries } from './own.js';
import { pointerOf, segmentsOf } from './pointer.js';

/*
 * A Terraform expression (`aws_iam_role.pipeline.arn`, `var.env`, `local.x`, a `${...}`
 * template) means nothing to CloudFormation, the CDK or the API. Each distinct expression
 * becomes a parameter of the target instead, with the expression in its description: the
 * value is literal text and references to those parameters (a CloudFormation `Ref` or
 * `Fn::Sub`, a CDK `CfnParameter`, a `<your-...>` placeholder in the create-pipeline JSON).
 * An expression alone in an integer field (`run_order = var.order`) is a `Number` parameter.
 */

/** Fields the API types as enums: a parameter standing there is left to `resolveOpaque`. */
const ENUMS = new Set([
  'category',
  'owner',
  'type',
  'result',
  'retryMode',
  'executionMode',
  'pipelineType',
  'providerType',
]);

/** `aws_iam_role.pipeline.arn` -> `IamRolePipelineArn`, `var.env` -> `Env`; undefined for anything but a reference. */
function nameOfReference(expression: string): string | undefined {
  if (!/^[A-Za-z_][\w-]*(\.[\w-]+|\[\d+\])*$/.test(expression)) return undefined;
  const parts = expression.split('.');
  const head = parts[0];
  const rest = head === 'var' || head === 'local' ? parts.slice(1) : head === 'data' ? parts.slice(1) : parts;
  const words = rest.map((p, i) => (i === 0 ? p.replace(/^aws_/, '') : p));
  const name = pascalIdentifier(words.join('_'), '');
  return name === '' ? undefined : name;
}

/** The nearest enclosing named object below the pipeline (an action or a rule), for names of non-reference expressions. */
function ownerName(pipeline: Pipeline, segments: (string | number)[]): string {
  for (let n = segments.length - 1; n >= 1; n--) {
    let node: unknown = pipeline;
    for (const s of segments.slice(0, n))
      node = isPlainObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[s] : undefined;
    if (isPlainObject(node) && typeof node['name'] === 'string') return node['name'];
  }
  return '';
}

export interface PlannedExpressions {
  params: ExpressionParam[];
  values: ExpressionValue[];
  warnings: ExportWarning[];
}

/**
 * Lists the Terraform expressions of the pipeline for a target that is not Terraform, one
 * parameter per distinct expression, and the value at each place as text and parameters.
 */
export function planExpressions(pipeline: Pipeline, target: ExportTarget, taken: Set<string>): PlannedExpressions {
  const params: ExpressionParam[] = [];
  const values: ExpressionValue[] = [];
  const warnings: ExportWarning[] = [];
  if (target === 'terraform' || target === 'terraform-json') return { params, values, warnings };
  const byExpression = new Map<string, ExpressionParam>();

  const paramFor = (expression: string, segments: (string | number)[]): ExpressionParam => {
    const known = byExpression.get(expression);
    if (known) return known;
    const last = segments[segments.length - 1];
    const field = typeof last === 'string' ? last : 'Value';
    const base =
      nameOfReference(expression) ??
      `${pascalIdentifier(ownerName(pipeline, segments), '')}${pascalIdentifier(field, 'Value')}`;
    const paramName = uniqueName(pascalIdentifier(base, 'Value'), taken);
    const param: ExpressionParam = {
      paramName,
      source: 'terraform',
      expression,
      placeholder: placeholder(paramName.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()),
      description: `Terraform expression ${expression}`,
    };
    byExpression.set(expression, param);
    params.push(param);
    return param;
  };

  const visit = (node: unknown, segments: (string | number)[]): void => {
    if (isOpaque(node)) {
      const last = segments[segments.length - 1];
      if (node.$opaque !== 'terraform' || typeof node.expr !== 'string') return;
      if (typeof last === 'string' && ENUMS.has(last)) return;
      const template = node.expr;
      const scanned = scanTemplate(template);
      if (isNumericField(segments)) {
        // An integer field takes one expression, as a number parameter; a template there is text.
        // The create-pipeline JSON has no parameters, and a placeholder string is no integer:
        // the field is left out there, with the expression in resolveOpaque's warning.
        const sole = soleExpression(template);
        if (sole === undefined || target === 'json') return;
        const param = paramFor(sole, segments);
        param.numeric = true;
        values.push({
          path: pointerOf(segments),
          source: 'terraform',
          display: template,
          parts: [{ param: param.paramName }],
        });
        return;
      }
      // A directive (`%{ if }`) makes the whole template one value: one parameter for all of it.
      const whole = scanned.some((s) => s.kind === 'directive') ? (soleExpression(template) ?? template) : undefined;
      const parts: ExpressionValue['parts'] =
        whole !== undefined
          ? [{ param: paramFor(whole, segments).paramName }]
          : scanned.map((s) =>
              s.kind === 'literal'
                ? { text: s.text }
                : { param: paramFor(soleExpression(s.text) ?? s.text, segments).paramName },
            );
      values.push({ path: pointerOf(segments), source: 'terraform', display: template, parts });
      return;
    }
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...segments, i]));
    else if (isPlainObject(node)) for (const [k, v] of ownEntries(node)) visit(v, [...segments, k]);
  };
  visit(pipeline, []);

  for (const value of values) {
    const names = value.parts.flatMap((p) => ('param' in p ? [p.param] : []));
    const expressions = names.map((n) => params.find((p) => p.paramName === n)?.expression ?? n);
    const numeric = isNumericField(segmentsOf(value.path));
    const as =
      target === 'json'
        ? `written with the placeholder${names.length > 1 ? 's' : ''} ${names.map((n) => params.find((p) => p.paramName === n)?.placeholder).join(', ')}; replace ${names.length > 1 ? 'them' : 'it'} before running create-pipeline`
        : `asked for as the ${numeric ? 'Number ' : ''}parameter${names.length > 1 ? 's' : ''} ${names.join(', ')}`;
    warnings.push({
      code: 'expression-parameter',
      message: `Terraform expression ${expressions.join(', ')} has no meaning in ${target}: it is ${as}.`,
      path: value.path,
    });
  }
  return { params, values, warnings };
}

/** The value as the plan's pipeline holds it: literal text with each parameter's `<your-...>` placeholder. */
export function placeholderText(value: ExpressionValue, params: readonly ExpressionParam[]): string {
  return value.parts
    .map((p) => ('text' in p ? p.text : (params.find((x) => x.paramName === p.param)?.placeholder ?? '')))
    .join('');
}
