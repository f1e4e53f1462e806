import {
  IF_FIELDS_KEY,
  IF_KEY,
  conditionalFieldsOf,
  conditionalOf,
  displayValue,
  dynamicOf,
  type ConditionalBranch,
} from '@pipewright/model';
import { snakeIdentifier } from '../plan/names.js';
import { isPlainObject } from '../plan/own.js';
import { pointerOf } from '../plan/pointer.js';
import type { ExportWarning } from '../types.js';
import { attr, block, str, type TfItem } from './ir.js';
import type { BlockSpec } from './schema.js';

/*
 * Stages and actions whose presence the source decides, as Terraform writes them (model
 * schema/structural.ts): a Terraform `dynamic` block goes back where it was; a CloudFormation
 * `Fn::If` becomes `dynamic` blocks whose `for_each` is `var.<condition> ? [1] : []`, one per
 * branch that is present, with a `bool` variable per condition.
 */

type Segments = (string | number)[];

/** How one model item is written: its body (already built) under a block of `type`. */
export interface StructureWriter {
  /** The body items of a `stage` or `action` block (the caller's `bodyItems`). */
  body(spec: BlockSpec, item: Record<string, unknown>, segments: Segments): TfItem[];
  warnings: ExportWarning[];
  /** CloudFormation condition name -> Terraform variable name. */
  conditionVariables: Map<string, string>;
}

function variableFor(writer: StructureWriter, condition: string): string {
  const known = writer.conditionVariables.get(condition);
  if (known) return known;
  const taken = new Set(writer.conditionVariables.values());
  const base = snakeIdentifier(condition, 'condition');
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
  writer.conditionVariables.set(condition, name);
  return name;
}

function dynamicBlock(type: string, forEach: string, iterator: string | undefined, content: TfItem[]): TfItem {
  return block(
    'dynamic',
    [type],
    [
      attr('for_each', { kind: 'expression', template: forEach }),
      ...(iterator ? [attr('iterator', { kind: 'reference', traversal: iterator })] : []),
      block('content', [], content),
    ],
  );
}

/** `for_each` that yields the block when the variable is `present`. */
const choice = (variable: string, present: boolean) =>
  present ? `\${var.${variable} ? [1] : []}` : `\${var.${variable} ? [] : [1]}`;

function without(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const out = { ...value };
  delete out[key];
  return out;
}

function nameOf(kind: string, item: Record<string, unknown>): string {
  return `${kind} ${displayValue(item['name'])}`;
}

/** The other branch of `fields` (all on one condition) applied to `item`: a field absent there is left out. */
function otherVariant(
  item: Record<string, unknown>,
  fields: Record<string, ConditionalBranch>,
): Record<string, unknown> {
  const out = without(item, IF_FIELDS_KEY);
  for (const [field, branch] of Object.entries(fields)) {
    if (branch.other === null) delete out[field];
    else out[field] = branch.other;
  }
  return out;
}

/**
 * The blocks for one stage or action (`type` is `stage` or `action`), or undefined when it is
 * a plain block the caller writes itself.
 */
export function structureBlocks(
  writer: StructureWriter,
  spec: BlockSpec,
  item: Record<string, unknown>,
  segments: Segments,
): TfItem[] | undefined {
  const type = spec.tf;
  const dynamic = dynamicOf(item);
  if (dynamic) {
    const iterator = dynamic.explicitIterator ? dynamic.iterator : undefined;
    return [dynamicBlock(type, dynamic.forEach, iterator, writer.body(spec, item, segments))];
  }
  const branching = conditionalOf(item);
  if (branching) {
    const variable = variableFor(writer, branching.condition);
    const held = dynamicBlock(
      type,
      choice(variable, branching.branch === 'then'),
      undefined,
      writer.body(spec, item, segments),
    );
    const blocks = [held];
    if (isPlainObject(branching.other)) {
      const other = branching.other;
      blocks.push(
        dynamicBlock(
          type,
          choice(variable, branching.branch !== 'then'),
          undefined,
          writer.body(spec, other, [...segments, IF_KEY, 'other']),
        ),
      );
    }
    if (branching.branch === 'else') blocks.reverse();
    writer.warnings.push({
      code: 'conditional-as-dynamic',
      message: `${nameOf(type, item)}: the CloudFormation condition ${branching.condition} is written as dynamic "${type}" blocks on the bool variable ${variable}.`,
      path: pointerOf(segments),
    });
    return blocks;
  }
  const fields = conditionalFieldsOf(item);
  const conditions = new Set(Object.values(fields).map((f) => f.condition));
  if (conditions.size === 0) return undefined;
  if (type === 'action' && conditions.size === 1) {
    // The action type or configuration depends on the condition: one whole action per branch.
    const [condition] = [...conditions] as [string];
    const variable = variableFor(writer, condition);
    const first = Object.values(fields)[0] as ConditionalBranch;
    const held = without(item, IF_FIELDS_KEY);
    const blocks = [
      dynamicBlock(type, choice(variable, first.branch === 'then'), undefined, writer.body(spec, held, segments)),
      dynamicBlock(
        type,
        choice(variable, first.branch !== 'then'),
        undefined,
        writer.body(spec, otherVariant(item, fields), [...segments, IF_FIELDS_KEY]),
      ),
    ];
    if (first.branch === 'else') blocks.reverse();
    writer.warnings.push({
      code: 'conditional-as-dynamic',
      message: `${nameOf(type, item)}: ${Object.keys(fields).join(' and ')} ${Object.keys(fields).length > 1 ? 'depend' : 'depends'} on the CloudFormation condition ${condition}; written as one dynamic "action" block per branch on the bool variable ${variable}.`,
      path: pointerOf(segments),
    });
    return blocks;
  }
  for (const [field, branch] of Object.entries(fields)) {
    writer.warnings.push({
      code: 'conditional-branch-picked',
      message: `${nameOf(type, item)}, ${field}: Terraform cannot express a condition here (${[...conditions].join(', ')}); the ${branch.branch} branch is written and the other one is lost.`,
      path: pointerOf([...segments, field]),
    });
  }
  return [block(type, [], writer.body(spec, without(item, IF_FIELDS_KEY), segments))];
}

/** A `bool` variable for each CloudFormation condition the document now depends on. */
export function conditionVariableBlocks(conditionVariables: Map<string, string>): TfItem[] {
  return [...conditionVariables].map(([condition, variable]) =>
    block(
      'variable',
      [variable],
      [attr('description', str(`CloudFormation condition ${condition}`)), attr('type', { kind: 'type', name: 'bool' })],
    ),
  );
}

/** Is this stage or action written as `dynamic` blocks? */
function writtenAsDynamic(item: unknown): boolean {
  return (
    dynamicOf(item) !== undefined ||
    conditionalOf(item) !== undefined ||
    Object.keys(conditionalFieldsOf(item)).length > 0
  );
}

/**
 * The `.tf.json` syntax holds a body's `stage` blocks and its `dynamic "stage"` blocks under two
 * keys, so a dynamic block cannot sit between static ones there: say which ones move last.
 */
export function jsonOrderWarnings(stages: unknown): ExportWarning[] {
  const warnings: ExportWarning[] = [];
  const check = (items: unknown, at: string, type: string) => {
    if (!Array.isArray(items)) return;
    items.forEach((item, i) => {
      const later = items.slice(i + 1).filter((other) => !writtenAsDynamic(other));
      if (!writtenAsDynamic(item) || later.length === 0) return;
      const names = later.map((other) => `"${isPlainObject(other) ? displayValue(other['name']) : ''}"`).join(', ');
      warnings.push({
        code: 'terraform-json-order',
        message: `${nameOf(type, isPlainObject(item) ? item : {})}: the .tf.json syntax writes dynamic "${type}" blocks after the static ones, so it moves after ${names}; the HCL export keeps its place.`,
        path: `${at}/${i}`,
      });
    });
  };
  check(stages, '/stages', 'stage');
  if (Array.isArray(stages)) {
    stages.forEach((stage, i) =>
      check(isPlainObject(stage) ? stage['actions'] : undefined, `/stages/${i}/actions`, 'action'),
    );
  }
  return warnings;
}
