import { hclExpression, hclKey, hclString, jsonLiteral } from './escape.js';
import type { TfBlock, TfItem, TfValue } from './ir.js';

/*
 * The `.tf.json` syntax of the same document. Every JSON string is a template there, so
 * literals go through `jsonLiteral` and expressions are written as `${...}` templates.
 * Blocks that may repeat are arrays; meta-arguments that take bare references (`provider`,
 * `depends_on`, `lifecycle.ignore_changes`) are plain strings, as the JSON syntax wants them.
 */

/** Block types written as arrays (they may repeat); the others as single objects. */
const REPEATABLE = new Set([
  'artifact_store',
  'stage',
  'action',
  'trigger',
  'variable',
  'push',
  'pull_request',
  'condition',
  'rule',
  'output_artifacts_for_compute_action',
]);

/** Attributes whose value is a bare reference (or a list of them) in the JSON syntax, by the block they sit in. */
const STATIC_REFERENCES: Record<string, Set<string>> = {
  resource: new Set(['provider', 'depends_on']),
  lifecycle: new Set(['ignore_changes', 'replace_triggered_by']),
  dynamic: new Set(['iterator']),
};

function staticReference(value: TfValue): unknown {
  if (value.kind === 'expression') return hclExpression(value.template);
  if (value.kind === 'reference') return value.traversal;
  if (value.kind === 'list') return value.items.map(staticReference);
  return jsonValue(value);
}

/** An HCL expression (for the inside of a `${...}` template). */
function hclInline(value: TfValue): string {
  switch (value.kind) {
    case 'string':
      return hclString(value.value);
    case 'number':
    case 'bool':
      return String(value.value);
    case 'null':
      return 'null';
    case 'expression':
      return hclExpression(value.template);
    case 'reference':
      return value.traversal;
    case 'type':
      return value.name;
    case 'list':
      return `[${value.items.map(hclInline).join(', ')}]`;
    case 'object':
      return `{ ${value.entries.map((e) => `${e.keyExpression ? `(${hclExpression(e.key)})` : hclKey(e.key)} = ${hclInline(e.value)}`).join(', ')} }`;
    case 'call':
      return `${value.name}(${value.args.map(hclInline).join(', ')})`;
  }
}

function jsonValue(value: TfValue): unknown {
  switch (value.kind) {
    case 'string':
      return jsonLiteral(value.value);
    case 'number':
    case 'bool':
      return value.value;
    case 'null':
      return null;
    case 'expression':
      return value.template;
    case 'reference':
    case 'call':
      return '${' + hclInline(value) + '}';
    case 'type':
      return value.name;
    case 'list':
      return value.items.map(jsonValue);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const e of value.entries) {
        Object.defineProperty(out, e.keyExpression ? e.key : jsonLiteral(e.key), {
          value: jsonValue(e.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
  }
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Nests a labeled block under its labels: `resource "a" "b" {}` -> `{ resource: { a: { b: {} } } }`. */
function placeBlock(target: Record<string, unknown>, item: TfBlock): void {
  const path = [item.type, ...item.labels];
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) setOwn(node, key, {});
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1] as string;
  const body = jsonBody(item.body, item.labels.length === 2 && item.type === 'resource' ? 'resource' : item.type);
  const repeatable = item.labels.length === 0 ? REPEATABLE.has(item.type) : item.type === 'dynamic';
  if (!repeatable) setOwn(node, last, body);
  else if (Array.isArray(node[last])) (node[last] as unknown[]).push(body);
  else setOwn(node, last, [body]);
}

/** `context` is the type of the block holding `items` (`resource` for a resource body). */
function jsonBody(items: TfItem[], context: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const references = STATIC_REFERENCES[context];
  for (const item of items) {
    if (item.kind === 'comment') continue;
    if (item.kind === 'attribute') {
      setOwn(out, item.name, references?.has(item.name) ? staticReference(item.value) : jsonValue(item.value));
    } else placeBlock(out, item);
  }
  return out;
}

export function writeJson(items: TfItem[]): string {
  return JSON.stringify(jsonBody(items, 'file'), null, 2) + '\n';
}
