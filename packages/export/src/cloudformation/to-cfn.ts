import {
  IF_FIELDS_KEY,
  IF_KEY,
  STRUCTURAL_KEYS,
  conditionalFieldsOf,
  conditionalOf,
  isOpaque,
  type ConditionalBranch,
} from '@pipewright/model';
import { expressionAt, placeholderAt, secretAt } from '../plan/index.js';
import { isPlainObject, ownEntries, setOwn } from '../plan/own.js';
import { pointerOf } from '../plan/pointer.js';
import type { ExportPlan, ExportWarning, ExpressionValue } from '../types.js';
import { at, segmentsOf, type At } from './node-path.js';
import { NOT_IN_CLOUDFORMATION, SHAPES, isApiField, type FieldKind, type ShapeName } from './shapes.js';

export interface CfnParameter {
  Type: 'String';
  NoEcho?: true;
  AllowedValues?: string[];
  Description: string;
}

export interface CfnProperties {
  properties: Record<string, unknown>;
  /** Parameters standing in for the plan's secrets (NoEcho) and placeholders, by name. */
  parameters: Record<string, CfnParameter>;
  warnings: ExportWarning[];
}

const pointerAt = (path: At): string => pointerOf(segmentsOf(path));

/**
 * Turns the plan's pipeline into the `Properties` of an `AWS::CodePipeline::Pipeline`
 * (CFN JSON form: opaque CloudFormation values become their intrinsics again). Fields
 * CloudFormation cannot hold are left out, each with a warning.
 */
export function toCfnProperties(plan: ExportPlan): CfnProperties {
  const warnings: ExportWarning[] = [];
  const parameters: Record<string, CfnParameter> = {};

  // Most plans lift nothing: then no scalar needs its pointer built and looked up three times.
  const lifts = plan.expressionValues.length + plan.secrets.length + plan.placeholders.length > 0;
  const scalar = (value: unknown, path: At): unknown => {
    if (isOpaque(value)) return value.expr;
    if (!lifts) return value;
    const pointer = pointerAt(path);
    const expression = expressionAt(plan, pointer);
    if (expression) return expressionValue(plan, expression, parameters);
    const secret = secretAt(plan, pointer);
    if (secret) {
      setOwn(parameters, secret.paramName, { Type: 'String', NoEcho: true, Description: secret.description });
      return { Ref: secret.paramName };
    }
    const placeholder = placeholderAt(plan, pointer);
    if (placeholder) {
      if (!Object.hasOwn(parameters, placeholder.paramName)) {
        setOwn(parameters, placeholder.paramName, { Type: 'String', Description: placeholder.description });
        warnings.push({
          code: 'placeholder-parameter',
          message: `${placeholder.value} is a template placeholder: it is asked for as the parameter ${placeholder.paramName}.`,
          path: placeholder.path,
        });
      }
      return { Ref: placeholder.paramName };
    }
    return value;
  };

  const field = (type: FieldKind, value: unknown, path: At): unknown => {
    if (isOpaque(value)) return value.expr;
    switch (type.kind) {
      case 'string':
      case 'integer':
        return scalar(value, path);
      case 'stringList':
        return Array.isArray(value) ? value.map((v, i) => scalar(v, at(path, i))) : value;
      case 'object':
        return shape(type.shape, value, path);
      case 'list':
        return Array.isArray(value) ? value.map((v, i) => item(type.shape, v, at(path, i))) : value;
      case 'configuration': {
        if (!isPlainObject(value)) return value;
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(value)) setOwn(out, k, scalar(value[k], at(path, k)));
        return out;
      }
      case 'artifactStores': {
        if (!isPlainObject(value)) return value;
        return ownEntries(value).map(([region, store]) => ({
          Region: region,
          ArtifactStore: shape('ArtifactStore', store, at(path, region)),
        }));
      }
    }
  };

  const shape = (name: ShapeName, value: unknown, path: At): unknown => {
    if (isOpaque(value)) return value.expr;
    if (!isPlainObject(value)) return value;
    const specs = SHAPES[name];
    const out: Record<string, unknown> = {};
    const conditionalFields = conditionalFieldsOf(value);
    for (const spec of specs) {
      if (!Object.hasOwn(value, spec.api)) continue;
      const v = value[spec.api];
      if (v === undefined) continue;
      if (spec.cfnEnum && typeof v === 'string' && !spec.cfnEnum.includes(v)) {
        warnings.push({
          code: 'cfn-value-unsupported',
          message: `CloudFormation accepts only ${spec.cfnEnum.join(', ')} for ${spec.cfn}; ${v} is written as given and will be rejected on deploy.`,
          path: pointerAt(at(path, spec.api)),
        });
      }
      const written = field(spec.type, v, at(path, spec.api));
      const branching = conditionalFields[spec.api];
      setOwn(
        out,
        spec.cfn,
        branching
          ? ifOf(branching, written, () =>
              field(spec.type, branching.other, at(at(at(path, IF_FIELDS_KEY), spec.api), 'other')),
            )
          : written,
      );
    }
    for (const key of Object.keys(value)) {
      if (isApiField(name, key) || value[key] === undefined || STRUCTURAL_KEYS.includes(key)) continue;
      const reason = NOT_IN_CLOUDFORMATION[name]?.[key] ?? `CloudFormation has no property for ${key}`;
      warnings.push({
        code: 'cfn-field-unsupported',
        message: `${reason}: it is left out of the template.`,
        path: pointerAt(at(path, key)),
      });
    }
    return out;
  };

  /** `Fn::If` again around a value the import took from one (the other branch absent: `AWS::NoValue`). */
  const ifOf = (branching: ConditionalBranch, held: unknown, other: () => unknown): unknown => {
    const otherValue = branching.other === null ? { Ref: 'AWS::NoValue' } : other();
    const branches = branching.branch === 'then' ? [held, otherValue] : [otherValue, held];
    return { 'Fn::If': [branching.condition, ...branches] };
  };

  /** A list item: a stage or action that is a branch of a conditional is written as the conditional. */
  const item = (name: ShapeName, value: unknown, path: At): unknown => {
    const written = shape(name, value, path);
    const branching = conditionalOf(value);
    if (!branching) return written;
    return ifOf(branching, written, () => shape(name, branching.other, at(at(path, IF_KEY), 'other')));
  };

  const properties = shape('Pipeline', plan.pipeline, undefined) as Record<string, unknown>;
  for (const condition of plan.conditions ?? []) {
    setOwn(parameters, condition.parameter, {
      Type: 'String',
      AllowedValues: ['true', 'false'],
      Description: `Terraform: ${condition.expression}`,
    });
  }
  return { properties, parameters, warnings };
}

/**
 * A value made of literal text and expression parameters: `{ Ref }` for one parameter alone,
 * else `Fn::Sub` (a literal `${` is written `${!`, CloudFormation's escape). Declares each parameter.
 */
function expressionValue(plan: ExportPlan, value: ExpressionValue, parameters: Record<string, CfnParameter>): unknown {
  for (const part of value.parts) {
    if (!('param' in part) || Object.hasOwn(parameters, part.param)) continue;
    const param = plan.expressionParams.find((p) => p.paramName === part.param);
    // A Number parameter still works inside Fn::Sub, where the same expression may stand too.
    setOwn(parameters, part.param, {
      Type: param?.numeric ? 'Number' : 'String',
      Description: param?.description ?? part.param,
    });
  }
  const [only] = value.parts;
  if (value.parts.length === 1 && only && 'param' in only) return { Ref: only.param };
  return {
    'Fn::Sub': value.parts.map((p) => ('param' in p ? `\${${p.param}}` : p.text.replace(/\$\{/g, '${!'))).join(''),
  };
}
