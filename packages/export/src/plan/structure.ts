import {
  DYNAMIC_KEY,
  IF_FIELDS_KEY,
  IF_KEY,
  REPEAT_KEY,
  booleanChoiceOf,
  conditionalFieldsOf,
  conditionalOf,
  displayValue,
  dynamicOf,
  repeatOf,
  type ConditionalBranch,
  type Pipeline,
} from '@pipewright/model';
import type { ExportTarget, ExportWarning, PlannedCondition } from '../types.js';
import { pascalIdentifier, uniqueName } from './names.js';
import { isPlainObject, setOwn } from './own.js';

/*
 * What each target does with the structure the source decides (`$if`, `$ifFields`, `$dynamic`,
 * `$repeat`; see the model's schema/structural.ts):
 *
 * - CloudFormation and CDK write `Fn::If` (the CDK as an intrinsic token). A Terraform dynamic
 *   block whose `for_each` only chooses between none and one block becomes `Fn::If` on a
 *   condition over a new `"true"`/`"false"` parameter; any other dynamic block is left out.
 * - Terraform writes a dynamic block in place, and `Fn::If` as a dynamic block with a
 *   conditional `for_each` (the Terraform emitter does it).
 * - The create-pipeline JSON cannot hold a condition: it gets the branch the document shows,
 *   and a dynamic block only when its `for_each` is such a choice.
 *
 * Every branch or block a target loses gets a warning that names its stage or action.
 */

export interface StructurePlan {
  pipeline: Pipeline;
  conditions: PlannedCondition[];
  warnings: ExportWarning[];
}

type Kind = 'stage' | 'action';

function labelOf(kind: Kind, item: unknown, stageName?: string): string {
  const name = isPlainObject(item) ? displayValue(item['name']) : '';
  return kind === 'stage' ? `stage ${name}` : `action ${name} of stage ${stageName ?? ''}`;
}

function branchName(branch: ConditionalBranch, kind: Kind | 'field', other: boolean): string {
  const value = other ? branch.other : undefined;
  if (other && value === null) return 'nothing';
  if (kind === 'field') return `the ${other ? 'other' : 'shown'} value`;
  return other && isPlainObject(value) ? `${kind} ${displayValue(value['name'])}` : `this ${kind}`;
}

/** The plan of `pipeline`'s structure for `target`; `taken` holds the parameter names in use. */
export function planStructure(pipeline: Pipeline, target: ExportTarget, taken: Set<string>): StructurePlan {
  const warnings: ExportWarning[] = [];
  const conditions: PlannedCondition[] = [];
  const cloudformation = target === 'cloudformation' || target === 'cloudformation-json' || target === 'cdk';
  const terraform = target === 'terraform' || target === 'terraform-json';
  if (terraform) return { pipeline, conditions, warnings };

  const conditionFor = (expression: string): string => {
    const found = conditions.find((c) => c.expression === expression);
    if (found) return found.name;
    const parameter = uniqueName(pascalIdentifier(expression.replace(/^var\./, ''), 'Choice'), taken);
    const name = uniqueName(`${parameter}IsTrue`, taken);
    conditions.push({ name, parameter, expression });
    return name;
  };

  /** A conditional of another format, or any conditional for the JSON export: the shown branch stays. */
  const flatten = (branch: ConditionalBranch, kind: Kind | 'field', where: string, path: string): void => {
    warnings.push({
      code: 'conditional-branch-picked',
      message: `${where}: ${target} cannot express the ${branch.source} condition ${branch.condition}; ${branchName(branch, kind, false)} (its ${branch.branch} branch) is written and ${branchName(branch, kind, true)} (the ${branch.branch === 'then' ? 'else' : 'then'} branch) is lost.`,
      path,
    });
  };

  const fields = (value: Record<string, unknown>, where: string, path: string): Record<string, unknown> => {
    const branching = conditionalFieldsOf(value);
    const names = Object.keys(branching);
    if (names.length === 0) return value;
    if (cloudformation && names.every((n) => branching[n]?.source === 'cloudformation')) return value;
    for (const n of names) flatten(branching[n] as ConditionalBranch, 'field', `${where}, ${n}`, `${path}/${n}`);
    const out = { ...value };
    delete out[IF_FIELDS_KEY];
    return out;
  };

  /** The item as the target writes it, or undefined when the target leaves it out. */
  const item = (kind: Kind, value: unknown, path: string, stageName?: string): unknown => {
    if (!isPlainObject(value)) return value;
    const where = labelOf(kind, value, stageName);
    let out: Record<string, unknown> = fields(value, where, path);
    const branching = conditionalOf(value);
    if (branching && !(cloudformation && branching.source === 'cloudformation')) {
      flatten(branching, kind, where, path);
      out = { ...out };
      delete out[IF_KEY];
    }
    const dynamic = dynamicOf(value);
    if (dynamic) {
      const choice = booleanChoiceOf(dynamic.forEach);
      out = { ...out };
      delete out[DYNAMIC_KEY];
      if (choice && cloudformation) {
        const name = conditionFor(choice.condition);
        const annotation: ConditionalBranch = {
          source: 'cloudformation',
          condition: name,
          branch: choice.whenTrue ? 'then' : 'else',
          other: null,
        };
        setOwn(out, IF_KEY, annotation);
        warnings.push({
          code: 'dynamic-as-condition',
          message: `${where}: the Terraform dynamic block (for_each = ${dynamic.forEach}) is written as Fn::If on the condition ${name}, over the parameter ${conditions.find((c) => c.name === name)?.parameter ?? name} ("true" or "false").`,
          path,
        });
      } else if (choice) {
        warnings.push({
          code: 'dynamic-flattened',
          message: `${where}: ${target} cannot express the Terraform dynamic block (for_each = ${dynamic.forEach}); the ${kind} is written as if ${choice.condition} were ${String(choice.whenTrue)}.`,
          path,
        });
      } else {
        warnings.push({
          code: 'dynamic-dropped',
          message: `${where}: the Terraform dynamic block makes one ${kind} per element of for_each = ${dynamic.forEach}, which ${target} cannot express: this ${kind} template is left out.`,
          path,
        });
        return undefined;
      }
    }
    if (kind === 'stage' && Array.isArray(out['actions'])) {
      const stageName = displayValue(out['name']);
      const actions = out['actions']
        .map((a, j) => item('action', a, `${path}/actions/${j}`, stageName))
        .filter((a) => a !== undefined);
      out = { ...out, actions };
    }
    return out;
  };

  let out: Record<string, unknown> = fields(pipeline as Record<string, unknown>, 'the pipeline', '');
  const repeat = repeatOf(pipeline);
  if (repeat) {
    out = { ...out };
    delete out[REPEAT_KEY];
    const by = repeat.count !== undefined ? `count = ${repeat.count}` : `for_each = ${repeat.forEach ?? ''}`;
    warnings.push({
      code: 'resource-repeat-dropped',
      message: `The Terraform resource declares one pipeline per ${repeat.count !== undefined ? 'count' : 'element'} (${by}); ${target} gets one pipeline, and references to count.index or each.* stay as placeholders.`,
      path: `/${REPEAT_KEY}`,
    });
  }
  const stages = Array.isArray(out['stages'])
    ? out['stages'].map((s, i) => item('stage', s, `/stages/${i}`)).filter((s) => s !== undefined)
    : out['stages'];
  return { pipeline: { ...out, stages } as Pipeline, conditions, warnings };
}
