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
  pickedAbsent,
  repeatOf,
  type ConditionalBranch,
  type DynamicBlock,
  type Pipeline,
} from '@pipewright/model';
import { literalForEach } from '../terraform/hcl-literal.js';
import { soleExpression } from '../terraform/template.js';
import type { ExportTarget, ExportWarning, ImportExtras, PlannedCondition } from '../types.js';
import { pascalIdentifier, uniqueName } from './names.js';
import { expandElement } from './expand-dynamic.js';
import { invalidAfterStructure } from './structure-validity.js';
import { isPlainObject, setOwn } from './own.js';

/*
 * What each target does with the structure the source decides (`$if`, `$ifFields`, `$dynamic`,
 * `$repeat`; see the model's schema/structural.ts):
 *
 * - CloudFormation and CDK write `Fn::If` (the CDK as an intrinsic token). A Terraform dynamic
 *   block whose `for_each` only chooses between none and one block becomes `Fn::If` on a
 *   condition over a new `"true"`/`"false"` parameter, and `count = cond ? 1 : 0` on the
 *   resource a `Condition` on the pipeline resource.
 * - Terraform writes a dynamic block in place, and `Fn::If` as a dynamic block with a
 *   conditional `for_each` (the Terraform emitter does it).
 * - The create-pipeline JSON cannot hold a condition: it gets the branch the document shows
 *   (the one the user picked, `pickBranch`), nothing where the picked branch is absent, and a
 *   dynamic block only when its `for_each` is such a choice.
 * - Every target but Terraform writes a dynamic block over a literal collection
 *   (`["unit", "lint"]`, `{ a = ... }`, `toset([...])`) as Terraform would: one block per
 *   element, the iterator's fields substituted (`expand-dynamic.ts`). A `for_each` Terraform
 *   decides when it plans (`var.stages`) cannot be written: that stage or action is left out.
 *
 * Every branch or block a target loses gets a warning that names its stage or action and the
 * line of its dynamic block; when what is left is not a valid pipeline (a stage without
 * actions, fewer than two stages), an error-level warning says so (`structure-validity.ts`).
 */

/** The CloudFormation condition expression of a planned condition. */
export function plannedConditionExpression(condition: PlannedCondition): Record<string, unknown> {
  return { 'Fn::Equals': [{ Ref: condition.parameter }, condition.holdsWhen ?? 'true'] };
}

export interface StructurePlan {
  pipeline: Pipeline;
  conditions: PlannedCondition[];
  /** The condition the pipeline resource carries (`count = var.x ? 1 : 0` on the Terraform resource). */
  resourceCondition?: string;
  warnings: ExportWarning[];
}

type Kind = 'stage' | 'action';

/** `stage "Deploy"`, `action "Compile" of stage "Build"`: quoted, as the messages name items. */
function labelOf(kind: Kind, item: unknown, stageName?: string): string {
  const name = isPlainObject(item) ? displayValue(item['name']) : '';
  return kind === 'stage' ? `stage "${name}"` : `action "${name}" of stage "${stageName ?? ''}"`;
}

/** `${var.envs}` -> `var.envs`: a `for_each` as the user wrote it. */
const shown = (forEach: string): string => soleExpression(forEach) ?? forEach;

/** What a stage template holds, for the message that says it is lost: `and its actions "A", "B"`. */
function heldActions(kind: Kind, item: Record<string, unknown>): string {
  if (kind !== 'stage' || !Array.isArray(item['actions']) || item['actions'].length === 0) return '';
  const names = item['actions'].map((a) => `"${isPlainObject(a) ? displayValue(a['name']) : ''}"`);
  return ` with its action${names.length > 1 ? 's' : ''} ${names.join(', ')}`;
}

function branchName(branch: ConditionalBranch, kind: Kind | 'field', other: boolean): string {
  const value = other ? branch.other : undefined;
  if (other && value === null) return 'nothing';
  if (kind === 'field') return `the ${other ? 'other' : 'shown'} value`;
  return other && isPlainObject(value) ? `${kind} ${displayValue(value['name'])}` : `this ${kind}`;
}

/** `count = cond ? 1 : 0` (either way round) on the resource: one pipeline or none. */
function countChoiceOf(count: string): { condition: string; whenTrue: boolean } | undefined {
  const match = /^\$\{\s*(.+?)\s*\?\s*([01])\s*:\s*([01])\s*\}$/s.exec(count);
  if (!match || match[1]?.includes('?') || match[2] === match[3]) return undefined;
  return { condition: match[1] as string, whenTrue: match[2] === '1' };
}

/**
 * The plan of `pipeline`'s structure for `target`; `taken` holds the parameter names in use,
 * `extras` what a Terraform import kept: the file's `locals` (a `for_each = local.x` over a literal
 * is expanded) and the lines of its dynamic blocks (for the messages).
 */
export function planStructure(
  pipeline: Pipeline,
  target: ExportTarget,
  taken: Set<string>,
  extras?: ImportExtras,
): StructurePlan {
  const terraformSource = extras?.kind === 'terraform' ? extras : undefined;
  const locals = terraformSource?.locals ?? {};
  /** Where a dynamic block was: `the dynamic "stage" block at line 43 of the Terraform source`. */
  const dynamicPlace = (kind: Kind, path: string): string => {
    const line = terraformSource?.dynamicLines?.[path];
    return `the dynamic "${kind}" block${line !== undefined ? ` at line ${line} of the Terraform source` : ''}`;
  };
  const warnings: ExportWarning[] = [];
  const conditions: PlannedCondition[] = [];
  const cloudformation = target === 'cloudformation' || target === 'cloudformation-json' || target === 'cdk';
  const terraform = target === 'terraform' || target === 'terraform-json';
  if (terraform) return { pipeline, conditions, warnings };

  const conditionFor = (expression: string, holdsWhen: 'true' | 'false' = 'true'): string => {
    const found = conditions.find((c) => c.expression === expression && (c.holdsWhen ?? 'true') === holdsWhen);
    if (found) return found.name;
    const parameter =
      conditions.find((c) => c.expression === expression)?.parameter ??
      uniqueName(pascalIdentifier(expression.replace(/^var\./, ''), 'Choice'), taken);
    const name = uniqueName(`${parameter}Is${holdsWhen === 'true' ? 'True' : 'False'}`, taken);
    conditions.push({ name, parameter, expression, ...(holdsWhen === 'false' ? { holdsWhen } : {}) });
    return name;
  };
  const parameterOf = (name: string) => conditions.find((c) => c.name === name)?.parameter ?? name;

  /**
   * A conditional of another format, or any conditional for the JSON export: the shown branch
   * stays, or nothing when the user picked an absent branch (true: the caller leaves it out).
   */
  const flatten = (branch: ConditionalBranch, kind: Kind | 'field', where: string, path: string): boolean => {
    const truth = (b: string) => `${branch.condition} ${b === 'then' ? 'true' : 'false'}`;
    const held = branch.branch;
    const other = held === 'then' ? 'else' : 'then';
    const lost = `${branchName(branch, kind, true)} (the ${other} branch)`;
    let message: string;
    if (pickedAbsent(branch)) {
      message = `${where}: ${target} cannot express the ${branch.source} condition ${branch.condition}; the picked ${other} branch (${truth(other)}) has nothing here, so ${branchName(branch, kind, false)} (the ${held} branch) is left out.`;
    } else if (branch.picked !== undefined) {
      message = `${where}: ${target} cannot express the ${branch.source} condition ${branch.condition}; the picked ${held} branch (${truth(held)}) is written: ${branchName(branch, kind, false)}; ${lost} is left out.`;
    } else {
      message = `${where}: ${target} cannot express the ${branch.source} condition ${branch.condition}; ${branchName(branch, kind, false)} (its ${held} branch) is written and ${lost} is lost. Pick the branch on the canvas badge to choose.`;
    }
    warnings.push({ code: 'conditional-branch-picked', message, path });
    return pickedAbsent(branch);
  };

  const fields = (value: Record<string, unknown>, where: string, path: string): Record<string, unknown> => {
    const branching = conditionalFieldsOf(value);
    const names = Object.keys(branching);
    if (names.length === 0) return value;
    if (cloudformation && names.every((n) => branching[n]?.source === 'cloudformation')) return value;
    const out = { ...value };
    delete out[IF_FIELDS_KEY];
    for (const n of names)
      if (flatten(branching[n] as ConditionalBranch, 'field', `${where}, ${n}`, `${path}/${n}`)) delete out[n];
    return out;
  };

  /**
   * A dynamic block over a literal collection: one item per element, as Terraform makes them
   * (undefined when the content uses the iterator in a way Pipewright does not evaluate).
   */
  const expand = (
    kind: Kind,
    template: Record<string, unknown>,
    dynamic: DynamicBlock,
    where: string,
    path: string,
  ): Record<string, unknown>[] | undefined => {
    const elements = literalForEach(dynamic.forEach, locals);
    if (!elements) return undefined;
    const made: Record<string, unknown>[] = [];
    for (const element of elements) {
      const expanded = expandElement(template, dynamic.iterator, element);
      if (!expanded.ok) {
        warnings.push({
          code: 'dynamic-dropped',
          message: `${where} (${dynamicPlace(kind, path)}): for_each = ${shown(dynamic.forEach)} is a literal collection, but ${expanded.reason}; ${target} cannot express the block, so no ${kind} of it is written: the ${kind} template${heldActions(kind, template)} is lost.`,
          path,
        });
        return [];
      }
      made.push(expanded.value);
    }
    const names = made.map((m) => `"${displayValue(m['name'])}"`);
    warnings.push({
      code: 'dynamic-expanded',
      message: `${where} (${dynamicPlace(kind, path)}): for_each = ${shown(dynamic.forEach)} is a literal collection, so it is written as Terraform makes it: ${made.length === 0 ? `no ${kind}` : `${made.length} ${kind}${made.length > 1 ? 's' : ''}, ${names.join(', ')}`}.`,
      path,
    });
    return made;
  };

  /** The items the target writes for one stage or action (none when the target leaves it out). */
  const item = (kind: Kind, value: unknown, path: string, stageName?: string): unknown[] => {
    if (!isPlainObject(value)) return [value];
    const where = labelOf(kind, value, stageName);
    const branching = conditionalOf(value);
    const keepsCondition = branching !== undefined && cloudformation && branching.source === 'cloudformation';
    if (branching && !keepsCondition && flatten(branching, kind, where, path)) return [];
    let out: Record<string, unknown> = fields(value, where, path);
    if (branching && !keepsCondition) {
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
          message: `${where} (${dynamicPlace(kind, path)}): for_each = ${shown(dynamic.forEach)} is written as Fn::If on the condition ${name}, over the parameter ${parameterOf(name)} ("true" or "false").`,
          path,
        });
      } else if (choice) {
        warnings.push({
          code: 'dynamic-flattened',
          message: `${where} (${dynamicPlace(kind, path)}): ${target} cannot express for_each = ${shown(dynamic.forEach)}; the ${kind} is written as if ${choice.condition} were ${String(choice.whenTrue)}.`,
          path,
        });
      } else {
        const made = expand(kind, out, dynamic, where, path);
        if (made) return made.flatMap((m) => item(kind, m, path, stageName));
        warnings.push({
          code: 'dynamic-dropped',
          message: `${where} (${dynamicPlace(kind, path)}): Terraform makes one ${kind} per element of for_each = ${shown(dynamic.forEach)}, which it decides when it plans; ${target} cannot express that, so the ${kind} template${heldActions(kind, out)} is not written.`,
          path,
        });
        return [];
      }
    }
    if (kind === 'stage' && Array.isArray(out['actions'])) {
      const name = displayValue(out['name']);
      const actions = out['actions'].flatMap((a, j) => item('action', a, `${path}/actions/${j}`, name));
      out = { ...out, actions };
    }
    return [out];
  };

  let out: Record<string, unknown> = fields(pipeline as Record<string, unknown>, 'the pipeline', '');
  let resourceCondition: string | undefined;
  const repeat = repeatOf(pipeline);
  if (repeat) {
    out = { ...out };
    delete out[REPEAT_KEY];
    const choice = repeat.count !== undefined && repeat.forEach === undefined ? countChoiceOf(repeat.count) : undefined;
    const by = repeat.count !== undefined ? `count = ${repeat.count}` : `for_each = ${repeat.forEach ?? ''}`;
    if (choice && cloudformation) {
      resourceCondition = conditionFor(choice.condition, choice.whenTrue ? 'true' : 'false');
      warnings.push({
        code: 'repeat-as-condition',
        message: `The Terraform resource makes this pipeline only when ${choice.condition} is ${String(choice.whenTrue)} (${by}): the pipeline resource gets the condition ${resourceCondition}, over the parameter ${parameterOf(resourceCondition)} ("true" or "false").`,
        path: `/${REPEAT_KEY}`,
      });
    } else {
      warnings.push({
        code: 'resource-repeat-dropped',
        message: choice
          ? `The Terraform resource makes this pipeline only when ${choice.condition} is ${String(choice.whenTrue)} (${by}); ${target} cannot express that, so the pipeline is written as if it were.`
          : `The Terraform resource declares one pipeline per ${repeat.count !== undefined ? 'count' : 'element'} (${by}); ${target} gets one pipeline, and references to count.index or each.* stay as placeholders.`,
        path: `/${REPEAT_KEY}`,
      });
    }
  }
  // Each written stage's source pointer: the stages a dynamic block makes share its template's.
  const origins: string[] = [];
  const stages = Array.isArray(out['stages'])
    ? out['stages'].flatMap((s, i) => {
        const made = item('stage', s, `/stages/${i}`);
        origins.push(...made.map(() => `/stages/${i}`));
        return made;
      })
    : out['stages'];
  const written = { ...out, stages } as Pipeline;
  warnings.push(...invalidAfterStructure(pipeline, written, origins, target));
  return { pipeline: written, conditions, warnings, ...(resourceCondition ? { resourceCondition } : {}) };
}
