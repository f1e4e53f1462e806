import {
  STRUCTURAL_KEYS,
  conditionalFieldsOf,
  displayValue,
  isOpaque,
  repeatOf,
  type Pipeline,
} from '@pipewright/model';
import type { ExportPlan, ExportWarning } from '../types.js';
import { pointerOf } from '../plan/pointer.js';
import { isPlainObject, ownEntries } from '../plan/own.js';
import { isTerraformExtras } from './extras.js';
import { attr, block, str, type TfItem, type TfValue } from './ir.js';
import { rawItems } from './raw-to-ir.js';
import { RESOURCE_REGION_WARNING, capabilityWarnings } from './capabilities.js';
import { monitoringBlocks } from './monitoring.js';
import { variableBlocks, variableNames } from './variables.js';
import { conditionVariableBlocks, structureBlocks, type StructureWriter } from './structure-blocks.js';
import {
  ARTIFACT_STORE,
  LEADING_META_ARGUMENTS,
  PIPELINE,
  RESOURCE_REGION,
  type AttributeSpec,
  type BlockSpec,
  type BodySpec,
} from './schema.js';

/*
 * Export plan -> Terraform document: the `aws_codepipeline` resource (model fields through
 * the argument table, kept import extras written back in place), a variable per template
 * placeholder and per lifted secret (sensitive), and the optional EventBridge rule.
 */

type Segments = (string | number)[];

interface Context {
  kept: Record<string, Record<string, unknown>>;
  hasKept: boolean;
  /** Pointers of lifted secrets and template placeholders -> the variable standing in for them. */
  variables: Map<string, string>;
  warnings: ExportWarning[];
  structure: StructureWriter;
}

function warn(ctx: Context, code: string, message: string, segments: Segments): void {
  ctx.warnings.push({ code, message, path: pointerOf(segments) });
}

function scalar(ctx: Context, value: unknown, segments: Segments): TfValue | undefined {
  const variable = ctx.variables.size > 0 ? ctx.variables.get(pointerOf(segments)) : undefined;
  if (variable) return { kind: 'reference', traversal: `var.${variable}` };
  if (typeof value === 'string') {
    if (value !== value.normalize('NFC')) {
      warn(
        ctx,
        'terraform-unicode-normalized',
        'Terraform normalizes strings to Unicode NFC: this value will read back with its characters composed.',
        segments,
      );
    }
    return str(value);
  }
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  // The plan replaced every foreign opaque value, so what is left is a Terraform expression.
  if (isOpaque(value) && typeof value.expr === 'string') return { kind: 'expression', template: value.expr };
  warn(ctx, 'terraform-unsupported-value', 'This value cannot be written to Terraform: it is left out.', segments);
  return undefined;
}

function listOf(ctx: Context, values: unknown, segments: Segments, artifacts: boolean): TfValue | undefined {
  if (!Array.isArray(values)) return scalar(ctx, values, segments);
  const items: TfValue[] = [];
  values.forEach((item, i) => {
    if (!artifacts) {
      const v = scalar(ctx, item, [...segments, i]);
      if (v) items.push(v);
      return;
    }
    const record = isPlainObject(item) ? item : {};
    const v = scalar(ctx, record['name'], [...segments, i, 'name']);
    if (v) items.push(v);
    for (const key of Object.keys(record).filter((k) => k !== 'name')) {
      warn(
        ctx,
        'terraform-unsupported-field',
        `The AWS provider takes artifacts as a list of names: the artifact's \`${key}\` is not written.`,
        [...segments, i, key],
      );
    }
  });
  return { kind: 'list', items };
}

function mapOf(ctx: Context, value: unknown, segments: Segments): TfValue | undefined {
  if (!isPlainObject(value)) return scalar(ctx, value, segments);
  const entries = ownEntries(value).flatMap(([key, v]) => {
    const item = scalar(ctx, v, [...segments, key]);
    return item ? [{ key, value: item }] : [];
  });
  return { kind: 'object', entries };
}

function attributeValue(ctx: Context, spec: AttributeSpec, value: unknown, segments: Segments): TfValue | undefined {
  switch (spec.kind) {
    case 'string':
    case 'number':
      return scalar(ctx, value, segments);
    case 'strings':
      return listOf(ctx, value, segments, false);
    case 'artifacts':
      return listOf(ctx, value, segments, true);
    case 'map':
      return mapOf(ctx, value, segments);
  }
}

function getPath(object: Record<string, unknown>, path: string[]): unknown {
  let node: unknown = object;
  for (const key of path) node = isPlainObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
  return node;
}

/** The block items for one model object, following `spec`; kept extras of that object appended. */
function bodyItems(ctx: Context, spec: BodySpec, object: Record<string, unknown>, segments: Segments): TfItem[] {
  const items: TfItem[] = [];
  const used = new Set<string>();
  for (const attribute of spec.attributes) {
    used.add(attribute.path[0] as string);
    const value = getPath(object, attribute.path);
    if (value === undefined) continue;
    const tf = attributeValue(ctx, attribute, value, [...segments, ...attribute.path]);
    if (tf) items.push(attr(attribute.tf, tf));
  }
  for (const child of spec.blocks) {
    used.add(child.model);
    items.push(...childBlocks(ctx, child, object[child.model], [...segments, child.model]));
  }
  reportUnsupported(ctx, spec, object, used, segments);
  const kept = ctx.hasKept ? ctx.kept[pointerOf(segments)] : undefined;
  if (kept) items.push(...rawItems(kept));
  return items;
}

function childBlocks(ctx: Context, spec: BlockSpec, value: unknown, segments: Segments): TfItem[] {
  if (value === undefined) return [];
  if (spec.many && Array.isArray(value)) {
    return value.flatMap((item, i) => {
      const record = isPlainObject(item) ? item : {};
      const at = [...segments, i];
      return (
        structureBlocks(ctx.structure, spec, record, at) ?? [
          block(spec.tf, [], bodyItems(ctx, spec.variants?.model(record) ?? spec.body, record, at)),
        ]
      );
    });
  }
  if (!spec.many && isPlainObject(value)) return [block(spec.tf, [], bodyItems(ctx, spec.body, value, segments))];
  warn(ctx, 'terraform-unsupported-value', `\`${spec.tf}\` has an unexpected shape here: it is left out.`, segments);
  return [];
}

function reportUnsupported(
  ctx: Context,
  spec: BodySpec,
  object: Record<string, unknown>,
  used: Set<string>,
  segments: Segments,
): void {
  for (const key of Object.keys(object)) {
    if (used.has(key) || STRUCTURAL_KEYS.includes(key)) continue;
    const what = spec.unsupported?.[key] ?? `\`${key}\``;
    warn(
      ctx,
      'terraform-unsupported-field',
      `The AWS provider's aws_codepipeline has no argument for ${what}: it is not written to Terraform.`,
      [...segments, key],
    );
  }
}

function artifactStoreBlocks(ctx: Context, pipeline: Pipeline): TfItem[] {
  const blocks: TfItem[] = [];
  if (pipeline.artifactStore) {
    const { region, ...store } = pipeline.artifactStore as Record<string, unknown>;
    if (region !== undefined) {
      // The provider does have `region`, but only for one block per Region of a cross-region pipeline.
      ctx.warnings.push({
        code: 'terraform-provider-rejects',
        message: `artifactStore.region (${displayValue(region)}) is not a member of the CodePipeline API, and the AWS provider rejects region on a single artifact_store ("region cannot be set for a single-region CodePipeline"): it is left out, so the store is the one of the pipeline's own Region. For a store in another Region, use one artifact_store block per Region, each with its region.`,
        path: '/artifactStore/region',
      });
    }
    blocks.push(block('artifact_store', [], bodyItems(ctx, ARTIFACT_STORE, store, ['artifactStore'])));
  }
  const regions = Object.keys(pipeline.artifactStores ?? {});
  if (regions.length === 1 && !pipeline.artifactStore) {
    ctx.warnings.push({
      code: 'terraform-provider-rejects',
      message:
        'The AWS provider rejects a single artifact_store with a region ("region cannot be set for a single-region CodePipeline"): use one artifact store without a region, or add the other regions.',
      path: '/artifactStores',
    });
  }
  for (const [region, store] of Object.entries(pipeline.artifactStores ?? {})) {
    const body = bodyItems(ctx, ARTIFACT_STORE, store, ['artifactStores', region]);
    // `region` goes before the nested encryption_key block, with the other attributes.
    const firstBlock = body.findIndex((item) => item.kind === 'block');
    body.splice(firstBlock < 0 ? body.length : firstBlock, 0, attr('region', str(region)));
    blocks.push(block('artifact_store', [], body));
  }
  return blocks;
}

export interface TerraformDocument {
  items: TfItem[];
  label: string;
  warnings: ExportWarning[];
}

export function terraformDocument(plan: ExportPlan): TerraformDocument {
  const extras = isTerraformExtras(plan.extras) ? plan.extras : undefined;
  const label = extras?.label ?? plan.resourceLabel;
  const kept = { ...extras?.kept };
  const warnings: ExportWarning[] = [];
  const ctx: Context = {
    kept,
    hasKept: Object.keys(kept).length > 0,
    variables: variableNames(plan),
    warnings,
    structure: { body: () => [], warnings, conditionVariables: new Map() },
  };
  // Conditional and dynamic stages and actions are written by the structure writer, with these bodies.
  ctx.structure.body = (spec, item, segments) =>
    bodyItems(ctx, spec.variants?.model(item) ?? spec.body, item, segments);
  const pipeline = plan.pipeline;

  // The resource body: kept meta-arguments first, then the model's fields, then what else was kept.
  const resourceKept = { ...ctx.kept[''] };
  const leading: Record<string, unknown> = {};
  const repeat = repeatOf(pipeline);
  if (repeat?.count !== undefined) leading['count'] = repeat.count;
  if (repeat?.forEach !== undefined) leading['for_each'] = repeat.forEach;
  for (const [field, branch] of Object.entries(conditionalFieldsOf(pipeline))) {
    warn(
      ctx,
      'conditional-branch-picked',
      `The pipeline's ${field}: Terraform cannot express the CloudFormation condition ${branch.condition} here; the ${branch.branch} branch is written and the other one is lost.`,
      [field],
    );
  }
  for (const key of LEADING_META_ARGUMENTS) {
    if (Object.hasOwn(resourceKept, key)) {
      leading[key] = resourceKept[key];
      delete resourceKept[key];
    }
  }
  ctx.kept[''] = resourceKept;
  const modelFields = bodyItems(
    ctx,
    PIPELINE,
    Object.fromEntries(Object.entries(pipeline).filter(([k]) => k !== 'artifactStore' && k !== 'artifactStores')),
    [],
  );
  const firstBlock = modelFields.findIndex((item) => item.kind === 'block');
  const split = firstBlock < 0 ? modelFields.length : firstBlock;
  const body: TfItem[] = [
    ...rawItems(leading),
    ...modelFields.slice(0, split),
    ...artifactStoreBlocks(ctx, pipeline),
    ...modelFields.slice(split),
  ];
  ctx.warnings.push(...capabilityWarnings(pipeline));
  if (Object.hasOwn(resourceKept, RESOURCE_REGION)) ctx.warnings.push(RESOURCE_REGION_WARNING);

  return {
    items: [
      ...variableBlocks(plan, ctx.variables),
      ...conditionVariableBlocks(ctx.structure.conditionVariables),
      block('resource', ['aws_codepipeline', label], body),
      ...monitoringBlocks(plan, label),
    ],
    label,
    warnings,
  };
}
