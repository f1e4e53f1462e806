import { DYNAMIC_KEY, REPEAT_KEY, opaque, type DynamicBlock, type Pipeline } from '@pipewright/model';
import type { FidelityReport } from '../../import/types.js';
import { pointerOf } from '../../plan/pointer.js';
import { isPlainObject, setOwn } from '../../plan/own.js';
import { hclLiteralExpression } from '../hcl-literal.js';
import { isExpressionTemplate, literalText } from '../template.js';
import {
  ARTIFACT_STORE,
  COMPUTED_ARGUMENTS,
  PIPELINE,
  RESOURCE_REGION,
  type AttributeSpec,
  type BlockSpec,
  type BodySpec,
} from '../schema.js';
import type { OutlineNode } from './hcl-outline.js';

/*
 * One `aws_codepipeline` resource body (hcl2json form) -> the pipeline model, driven by the
 * same argument table as the emitters. Expressions become opaque values; whatever the model
 * cannot hold is kept, untouched, by the pointer of the block it sat in.
 */

type Segments = (string | number)[];

interface MapContext {
  fidelity: FidelityReport;
  kept: Record<string, Record<string, unknown>>;
  /** The line of each dynamic stage or action block, by the pointer of its template. */
  dynamicLines: Record<string, number>;
  /** The file's line index: outline nodes hold offsets. */
  lineOf: (offset: number) => number;
}

/** A comment property of a block body in the `.tf.json` syntax. */
const JSON_COMMENT = '//';

/** Marker for a value the model cannot hold at its place. */
const UNREPRESENTABLE = Symbol('unrepresentable');
type Converted = unknown | typeof UNREPRESENTABLE;

function keep(ctx: MapContext, segments: Segments, key: string, value: unknown, reason: string): void {
  const pointer = pointerOf(segments);
  const bucket = ctx.kept[pointer] ?? {};
  setOwn(bucket, key, value);
  ctx.kept[pointer] = bucket;
  ctx.fidelity.unrepresented.push({ path: pointer, reason });
}

const META_ARGUMENTS = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle']);

/** Why `key` is kept outside the model; `known` when it is an argument the model maps (but not this value). */
function describe(key: string, value: unknown, known: boolean): string {
  if (key === 'dynamic' && isPlainObject(value)) {
    const labels = Object.keys(value).map((k) => `"${k}"`);
    return `dynamic ${labels.join(', ')} block: Terraform generates its content when it plans; kept for Terraform export`;
  }
  if (META_ARGUMENTS.has(key)) return `resource meta-argument \`${key}\`: kept for Terraform export`;
  if (key === 'tags' || key === 'tags_all') {
    return 'resource tags are not part of the pipeline declaration: kept for Terraform export';
  }
  if (known && typeof value === 'string') {
    return `\`${key} = ${value}\` is an expression where the model needs a list or block: kept for Terraform export`;
  }
  if (known) return `\`${key}\` has a shape the model cannot hold here: kept for Terraform export`;
  return `\`${key}\` is not an aws_codepipeline argument the model knows: kept for Terraform export`;
}

function str(ctx: MapContext, value: unknown, segments: Segments): Converted {
  if (typeof value === 'string') {
    if (!isExpressionTemplate(value)) return literalText(value);
    ctx.fidelity.opaque.push({ path: pointerOf(segments), display: value });
    return opaque('terraform', value);
  }
  // Terraform converts numbers and booleans given for a string argument.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return UNREPRESENTABLE;
}

function num(ctx: MapContext, value: unknown, segments: Segments): Converted {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return UNREPRESENTABLE;
  if (isExpressionTemplate(value)) return str(ctx, value, segments);
  const text = literalText(value).trim();
  const parsed = Number(text);
  return text !== '' && Number.isFinite(parsed) ? parsed : UNREPRESENTABLE;
}

function list(ctx: MapContext, value: unknown, segments: Segments, artifacts: boolean): Converted {
  if (!Array.isArray(value)) return UNREPRESENTABLE;
  const items: unknown[] = [];
  for (const [i, item] of value.entries()) {
    const converted = str(ctx, item, artifacts ? [...segments, i, 'name'] : [...segments, i]);
    if (converted === UNREPRESENTABLE) return UNREPRESENTABLE;
    items.push(artifacts ? { name: converted } : converted);
  }
  return items;
}

function map(ctx: MapContext, value: unknown, segments: Segments): Converted {
  // Terraform 0.11 wrote a map argument as a block (`configuration { ... }`): hcl2json gives one
  // object in a list. It is the same map; the export writes it as an argument (`= { ... }`),
  // the only form Terraform 0.12 and later accept.
  if (Array.isArray(value) && value.length === 1 && isPlainObject(value[0])) return map(ctx, value[0], segments);
  if (!isPlainObject(value)) return UNREPRESENTABLE;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (isExpressionTemplate(key)) return UNREPRESENTABLE;
    const name = literalText(key);
    const converted = str(ctx, value[key], [...segments, name]);
    if (converted === UNREPRESENTABLE) return UNREPRESENTABLE;
    setOwn(out, name, converted);
  }
  return out;
}

function convert(ctx: MapContext, spec: AttributeSpec, value: unknown, segments: Segments): Converted {
  switch (spec.kind) {
    case 'string':
      return str(ctx, value, segments);
    case 'number':
      return num(ctx, value, segments);
    case 'strings':
      return list(ctx, value, segments, false);
    case 'artifacts':
      return list(ctx, value, segments, true);
    case 'map':
      return map(ctx, value, segments);
  }
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (!isPlainObject(node[key])) setOwn(node, key, {});
    node = node[key] as Record<string, unknown>;
  }
  setOwn(node, path[path.length - 1] as string, value);
}

/** Blocks arrive as arrays of objects; old HCL (`stage = { ... }`) and `.tf.json` may give one object. */
function blockList(value: unknown): Record<string, unknown>[] | undefined {
  if (isPlainObject(value)) return [value];
  if (Array.isArray(value) && value.every(isPlainObject)) return value;
  return undefined;
}

function literalTemplate(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const expression = hclLiteralExpression(value);
  return expression === undefined ? undefined : `\${${expression}}`;
}

/** One `dynamic "<type>"` block as hcl2json gives it, when the model can draw it as a template. */
interface DynamicEntry {
  block: DynamicBlock;
  content: Record<string, unknown>;
}

function dynamicEntry(type: string, value: unknown): DynamicEntry | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value).filter((k) => k !== JSON_COMMENT);
  if (keys.some((k) => !['for_each', 'iterator', 'content'].includes(k))) return undefined;
  // hcl2json gives a literal collection (`for_each = ["a", "b"]`) as data: the model keeps it as an expression.
  const forEach = typeof value['for_each'] === 'string' ? value['for_each'] : literalTemplate(value['for_each']);
  const iterator = value['iterator'];
  const content = blockList(value['content']);
  if (typeof forEach !== 'string' || !content || content.length !== 1) return undefined;
  if (iterator !== undefined && typeof iterator !== 'string') return undefined;
  // hcl2json renders the bare iterator name as a template: `${it}`.
  const name = typeof iterator === 'string' ? /^\$\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}$/.exec(iterator)?.[1] : type;
  if (name === undefined) return undefined;
  return {
    block: { forEach, iterator: name, ...(iterator !== undefined ? { explicitIterator: true } : {}) },
    content: content[0] as Record<string, unknown>,
  };
}

/**
 * The `dynamic` blocks of `body` the model can hold as templates of its many-blocks (stages,
 * actions), by block type; what else `dynamic` holds stays aside, as before.
 */
function splitDynamic(
  spec: BodySpec,
  value: unknown,
): { byType: Map<string, DynamicEntry[]>; rest: Record<string, unknown> | undefined } {
  const byType = new Map<string, DynamicEntry[]>();
  if (!isPlainObject(value)) return { byType, rest: value === undefined ? undefined : { dynamic: value } };
  const rest: Record<string, unknown> = {};
  for (const type of Object.keys(value)) {
    const child = spec.blocks.find((b) => b.tf === type && b.many);
    const blocks = Array.isArray(value[type]) ? (value[type] as unknown[]) : [value[type]];
    const entries = child ? blocks.map((b) => dynamicEntry(type, b)) : [];
    if (child && entries.every((e) => e !== undefined)) byType.set(type, entries as DynamicEntry[]);
    else setOwn(rest, type, value[type]);
  }
  return { byType, rest: Object.keys(rest).length > 0 ? rest : undefined };
}

/**
 * Static and dynamic blocks of one type in the order of the file. hcl2json reports them apart;
 * the outline knows where each was (without it, or when it disagrees, dynamic ones come last).
 */
function inFileOrder(
  type: string,
  statics: Record<string, unknown>[],
  dynamics: DynamicEntry[],
  outline: OutlineNode | undefined,
): { body: Record<string, unknown>; dynamic?: DynamicBlock; offset?: number; outline?: OutlineNode }[] {
  const nodes = (outline?.children ?? []).filter(
    (c) => c.kind === 'block' && (c.name === type || (c.name === 'dynamic' && c.labels[0] === type)),
  );
  const staticNodes = nodes.filter((n) => n.name === type);
  const dynamicNodes = nodes.filter((n) => n.name === 'dynamic');
  const agrees = staticNodes.length === statics.length && dynamicNodes.length === dynamics.length;
  const order = agrees ? nodes : [];
  if (!agrees) {
    return [...statics.map((body) => ({ body })), ...dynamics.map((d) => ({ body: d.content, dynamic: d.block }))];
  }
  let s = 0;
  let d = 0;
  return order.map((node) => {
    if (node.name === type) {
      const body = statics[s++] as Record<string, unknown>;
      return { body, outline: node };
    }
    const entry = dynamics[d++] as DynamicEntry;
    const content = node.children.find((c) => c.kind === 'block' && c.name === 'content');
    return { body: entry.content, dynamic: entry.block, offset: node.offset, ...(content ? { outline: content } : {}) };
  });
}

function mapBody(
  ctx: MapContext,
  spec: BodySpec,
  body: Record<string, unknown>,
  segments: Segments,
  outline?: OutlineNode,
) {
  const out: Record<string, unknown> = {};
  const dynamic = splitDynamic(spec, body['dynamic']);
  const mapMany = (child: BlockSpec, statics: Record<string, unknown>[]) => {
    const at = [...segments, child.model];
    const items = inFileOrder(child.tf, statics, dynamic.byType.get(child.tf) ?? [], outline);
    const mapped = items.map((item, i) => {
      const value = mapBody(
        ctx,
        child.variants?.terraform(item.body) ?? child.body,
        item.body,
        [...at, i],
        item.outline,
      );
      if (item.dynamic) {
        setOwn(value, DYNAMIC_KEY, item.dynamic);
        if (item.offset !== undefined) ctx.dynamicLines[pointerOf([...at, i])] = ctx.lineOf(item.offset);
        ctx.fidelity.opaque.push({
          path: pointerOf([...at, i]),
          display: `dynamic "${child.tf}": for_each = ${item.dynamic.forEach} decides how many ${child.tf}s there are`,
        });
      }
      return value;
    });
    setOwn(out, child.model, mapped);
    ctx.fidelity.imported.push(pointerOf(at));
  };
  for (const key of Object.keys(body)) {
    if (key === JSON_COMMENT) continue;
    if (key === 'dynamic') {
      if (dynamic.rest) keep(ctx, segments, key, dynamic.rest, describe(key, dynamic.rest, false));
      continue;
    }
    const value = body[key];
    const attribute = spec.attributes.find((a) => a.tf === key);
    const child = spec.blocks.find((b) => b.tf === key);
    if (value === null && (attribute || child)) continue; // `x = null` leaves the argument unset.
    if (attribute) {
      const at = [...segments, ...attribute.path];
      const converted = convert(ctx, attribute, value, at);
      if (converted === UNREPRESENTABLE) keep(ctx, segments, key, value, describe(key, value, true));
      else {
        setPath(out, attribute.path, converted);
        ctx.fidelity.imported.push(pointerOf(at));
      }
      continue;
    }
    const blocks = child ? blockList(value) : undefined;
    if (!child || !blocks || (!child.many && blocks.length > 1)) {
      keep(ctx, segments, key, value, describe(key, value, child !== undefined));
      continue;
    }
    if (child.many) {
      mapMany(child, blocks);
      continue;
    }
    const at = [...segments, child.model];
    setOwn(out, child.model, mapBody(ctx, child.variants?.terraform(blocks[0]!) ?? child.body, blocks[0]!, at));
    ctx.fidelity.imported.push(pointerOf(at));
  }
  // Dynamic blocks of a type with no static block of it.
  for (const child of spec.blocks) {
    if (child.many && dynamic.byType.has(child.tf) && !Object.hasOwn(out, child.model)) mapMany(child, []);
  }
  for (const child of spec.blocks) if (child.required && !Object.hasOwn(out, child.model)) setOwn(out, child.model, []);
  return out;
}

const REJECTED = 'the AWS provider rejects these artifact_store blocks';

/** Why several `artifact_store` blocks cannot become `artifactStores` (by region), if they cannot. */
function artifactStoreProblem(stores: Record<string, unknown>[] | undefined, names: string[]): string | undefined {
  if (!stores) return '`artifact_store` is an expression: kept for Terraform export';
  const regions = stores.map((s) => s['region']);
  if (regions.some((r) => r === undefined || r === null)) {
    return `${REJECTED}: "region must be set for a cross-region CodePipeline"; kept as written for Terraform export`;
  }
  if (regions.some((r) => typeof r !== 'string' || isExpressionTemplate(r))) {
    return 'artifact_store regions are expressions, and the model keys the stores by region: kept for Terraform export';
  }
  if (new Set(names).size !== names.length) {
    return `${REJECTED}: "only one Artifact Store can be defined per region for a cross-region CodePipeline"; kept as written for Terraform export`;
  }
  return undefined;
}

/** `artifact_store` blocks: one without a region is `artifactStore`; several are `artifactStores` by region. */
function mapArtifactStores(ctx: MapContext, value: unknown, out: Record<string, unknown>): void {
  const stores = blockList(value);
  const regions = stores?.map((s) => s['region']);
  if (stores && stores.length === 1 && (regions?.[0] === undefined || regions[0] === null)) {
    setOwn(out, 'artifactStore', mapBody(ctx, ARTIFACT_STORE, stores[0] as Record<string, unknown>, ['artifactStore']));
    ctx.fidelity.imported.push('/artifactStore');
    return;
  }
  const names = (regions ?? []).map((r) => (typeof r === 'string' ? literalText(r) : ''));
  const problem = artifactStoreProblem(stores, names);
  if (!stores || problem) {
    keep(ctx, [], 'artifact_store', value, problem ?? '');
    return;
  }
  const byRegion: Record<string, unknown> = {};
  stores.forEach((store, i) => {
    const region = names[i] as string;
    const rest = Object.fromEntries(Object.entries(store).filter(([k]) => k !== 'region'));
    setOwn(byRegion, region, mapBody(ctx, ARTIFACT_STORE, rest, ['artifactStores', region]));
  });
  setOwn(out, 'artifactStores', byRegion);
  ctx.fidelity.imported.push('/artifactStores');
}

export interface MappedResource {
  pipeline: Pipeline;
  /** The resource's literal `region` argument (hashicorp/aws 6): the Region the pipeline is created in. */
  region?: string;
  fidelity: FidelityReport;
  kept: Record<string, Record<string, unknown>>;
  dynamicLines: Record<string, number>;
}

/** `count` / `for_each` on the resource, when they are expressions the model can show. */
function repeatOf(body: Record<string, unknown>): Record<string, string> | undefined {
  const repeat: Record<string, string> = {};
  for (const [tf, model] of [
    ['count', 'count'],
    ['for_each', 'forEach'],
  ] as const) {
    const value = body[tf];
    if (value === undefined) continue;
    if (typeof value === 'number') repeat[model] = String(value);
    else if (typeof value === 'string') repeat[model] = value;
    else return undefined;
  }
  return Object.keys(repeat).length > 0 ? repeat : undefined;
}

export function mapResource(
  body: Record<string, unknown>,
  outline: OutlineNode | undefined,
  lineOf: (offset: number) => number,
): MappedResource {
  const ctx: MapContext = {
    fidelity: { imported: [], opaque: [], unrepresented: [] },
    kept: {},
    dynamicLines: {},
    lineOf,
  };
  const repeat = repeatOf(body);
  const outside = new Set(['artifact_store', RESOURCE_REGION, ...COMPUTED_ARGUMENTS]);
  if (repeat) outside.add('count').add('for_each');
  const modelled = Object.fromEntries(Object.entries(body).filter(([k]) => !outside.has(k)));
  const out = mapBody(ctx, PIPELINE, modelled, [], outline);
  if (repeat) {
    setOwn(out, REPEAT_KEY, repeat);
    const by = repeat['count'] !== undefined ? `count = ${repeat['count']}` : `for_each = ${repeat['forEach']}`;
    ctx.fidelity.opaque.push({
      path: `/${REPEAT_KEY}`,
      display: `${by} decides how many pipelines this resource makes`,
    });
  }
  if (Object.hasOwn(body, 'artifact_store')) mapArtifactStores(ctx, body['artifact_store'], out);
  const region = resourceRegion(ctx, body[RESOURCE_REGION]);
  return {
    pipeline: out as Pipeline,
    ...(region && { region }),
    fidelity: ctx.fidelity,
    kept: ctx.kept,
    dynamicLines: ctx.dynamicLines,
  };
}

/**
 * The resource-level `region`: kept as written (so the Terraform export gets it back) without a
 * fidelity note (it is not part of the pipeline declaration, and nothing in the pipeline is
 * unknown because of it); a literal one is also returned as the pipeline's Region.
 */
function resourceRegion(ctx: MapContext, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const bucket = ctx.kept[''] ?? {};
  setOwn(bucket, RESOURCE_REGION, value);
  ctx.kept[''] = bucket;
  return typeof value === 'string' && !isExpressionTemplate(value) ? literalText(value) : undefined;
}
