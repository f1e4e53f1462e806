import { isOpaque, literal, type Pipeline } from '@pipewright/model';
import type { ExportPlan, ExportWarning } from '../types.js';
import { pointerOf } from '../plan/pointer.js';
import { snakeIdentifier } from '../plan/names.js';
import { isPlainObject, ownEntries } from '../plan/own.js';
import { isTerraformExtras } from './extras.js';
import { attr, block, str, type TfItem, type TfValue } from './ir.js';
import { rawItems } from './raw-to-ir.js';
import {
  ARTIFACT_STORE,
  LEADING_META_ARGUMENTS,
  PIPELINE,
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
  plan: ExportPlan;
  kept: Record<string, Record<string, unknown>>;
  hasKept: boolean;
  /** Pointers of lifted secrets and template placeholders -> the variable standing in for them. */
  variables: Map<string, string>;
  warnings: ExportWarning[];
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
    return value.map((item, i) =>
      block(spec.tf, [], bodyItems(ctx, spec.body, isPlainObject(item) ? item : {}, [...segments, i])),
    );
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
    if (used.has(key)) continue;
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
    blocks.push(block('artifact_store', [], bodyItems(ctx, ARTIFACT_STORE, pipeline.artifactStore, ['artifactStore'])));
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

/** Versions checked in the provider's CHANGELOG; conditions by the pull request that added them. */
function capabilityWarnings(ctx: Context, pipeline: Pipeline): void {
  if (pipeline.executionMode !== undefined) {
    ctx.warnings.push({
      code: 'terraform-provider-version',
      message: '`execution_mode` needs hashicorp/aws 5.38.0 or later.',
      path: '/executionMode',
    });
  }
  if (pipeline.triggers?.length) {
    ctx.warnings.push({
      code: 'terraform-provider-version',
      message: '`trigger` blocks need hashicorp/aws 5.39.0 or later.',
      path: '/triggers',
    });
  }
  pipeline.stages.forEach((stage, i) => {
    for (const key of ['beforeEntry', 'onSuccess', 'onFailure'] as const) {
      if (stage[key] === undefined) continue;
      ctx.warnings.push({
        code: 'terraform-provider-version',
        message:
          'Stage conditions (`before_entry`, `on_success`, `on_failure`) need a hashicorp/aws release that ' +
          'includes hashicorp/terraform-provider-aws#41663 (merged March 2025; check the provider CHANGELOG for the first version).',
        path: `/stages/${i}/${key}`,
      });
    }
  });
}

/**
 * A variable for each lifted secret (`sensitive`) and each value still holding a template
 * placeholder (no default: Terraform asks for it instead of deploying `<your-...>`).
 */
function variableBlocks(ctx: Context): TfItem[] {
  const plan = ctx.plan;
  return [
    ...plan.placeholders.map((p) =>
      block(
        'variable',
        [ctx.variables.get(p.path) as string],
        [attr('description', str(p.description)), attr('type', { kind: 'type', name: 'string' })],
      ),
    ),
    ...plan.secrets.map((secret) =>
      block(
        'variable',
        [ctx.variables.get(secret.path) as string],
        [
          attr('description', str(secret.description)),
          attr('type', { kind: 'type', name: 'string' }),
          attr('sensitive', { kind: 'bool', value: true }),
        ],
      ),
    ),
  ];
}

function monitoringBlocks(plan: ExportPlan, label: string): TfItem[] {
  if (!plan.monitoring) return [];
  const pattern = plan.monitoring.eventPattern;
  const eventPattern: TfValue = {
    kind: 'call',
    name: 'jsonencode',
    args: [
      {
        kind: 'object',
        entries: [
          { key: 'source', value: { kind: 'list', items: pattern.source.map(str) } },
          { key: 'detail-type', value: { kind: 'list', items: pattern['detail-type'].map(str) } },
          {
            key: 'detail',
            value: {
              kind: 'object',
              entries: [
                {
                  key: 'pipeline',
                  value: { kind: 'list', items: [{ kind: 'reference', traversal: `aws_codepipeline.${label}.name` }] },
                },
              ],
            },
          },
        ],
      },
    ],
  };
  const name = literal(plan.pipeline.name);
  return [
    {
      kind: 'comment',
      text: 'Execution state changes of this pipeline; add an aws_cloudwatch_event_target to route them.',
    },
    block(
      'resource',
      ['aws_cloudwatch_event_rule', `${label}_execution_state_change`],
      [
        ...(name ? [attr('name', str(`${name}-execution-state-change`))] : []),
        attr('description', str('CodePipeline Pipeline Execution State Change events of this pipeline')),
        attr('event_pattern', eventPattern),
      ],
    ),
  ];
}

/** The variable name for each placeholder and secret pointer (snake_case, unique). */
export function variableNames(plan: ExportPlan): Map<string, string> {
  const taken = new Set<string>();
  const variables = new Map<string, string>();
  for (const param of [...plan.placeholders, ...plan.secrets]) {
    const base = snakeIdentifier(param.paramName, 'value');
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
    taken.add(name);
    variables.set(param.path, name);
  }
  return variables;
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
  const ctx: Context = {
    plan,
    kept,
    hasKept: Object.keys(kept).length > 0,
    variables: variableNames(plan),
    warnings: [],
  };
  const pipeline = plan.pipeline;

  // The resource body: kept meta-arguments first, then the model's fields, then what else was kept.
  const resourceKept = { ...ctx.kept[''] };
  const leading: Record<string, unknown> = {};
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
  capabilityWarnings(ctx, pipeline);

  return {
    items: [
      ...variableBlocks(ctx),
      block('resource', ['aws_codepipeline', label], body),
      ...monitoringBlocks(plan, label),
    ],
    label,
    warnings: ctx.warnings,
  };
}
