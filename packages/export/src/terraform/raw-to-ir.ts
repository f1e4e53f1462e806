import { isExpressionTemplate, literalText } from './template.js';
import { attr, block, type TfItem, type TfValue } from './ir.js';

/*
 * hcl2json's JSON form (kept from an import) back into the document model: strings are
 * templates (literal or expression), arrays of objects are blocks, `dynamic` holds labeled
 * dynamic blocks.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlockList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isObject);
}

export function rawValue(value: unknown): TfValue {
  if (typeof value === 'string') {
    return isExpressionTemplate(value)
      ? { kind: 'expression', template: value }
      : { kind: 'string', value: literalText(value) };
  }
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (Array.isArray(value)) return { kind: 'list', items: value.map(rawValue) };
  if (isObject(value)) {
    return {
      kind: 'object',
      entries: Object.keys(value).map((key) =>
        isExpressionTemplate(key)
          ? { key, keyExpression: true, value: rawValue(value[key]) }
          : { key: literalText(key), value: rawValue(value[key]) },
      ),
    };
  }
  return { kind: 'null' };
}

/** `for_each` and `iterator` first, `content` last: how dynamic blocks are written by hand. */
const DYNAMIC_ORDER = ['for_each', 'iterator', 'labels'];

function dynamicBlocks(value: unknown): TfItem[] {
  if (!isObject(value)) return [attr('dynamic', rawValue(value))];
  const items: TfItem[] = [];
  for (const label of Object.keys(value)) {
    const bodies = Array.isArray(value[label]) ? (value[label] as unknown[]) : [value[label]];
    for (const body of bodies) {
      if (!isObject(body)) continue;
      const keys = Object.keys(body).sort(
        (x, y) => rank(x) - rank(y) || (x === 'content' ? 1 : 0) - (y === 'content' ? 1 : 0),
      );
      items.push(block('dynamic', [label], rawItems(body, keys)));
    }
  }
  return items;
}

function rank(key: string): number {
  const i = DYNAMIC_ORDER.indexOf(key);
  return i < 0 ? DYNAMIC_ORDER.length : i;
}

/** The items of a kept body, attributes before blocks (as they are usually written). */
export function rawItems(body: Record<string, unknown>, keys: string[] = Object.keys(body)): TfItem[] {
  const attributes: TfItem[] = [];
  const blocks: TfItem[] = [];
  for (const key of keys) {
    const value = body[key];
    if (key === '//') continue; // a `.tf.json` comment property
    if (key === 'dynamic') blocks.push(...dynamicBlocks(value));
    else if (isBlockList(value)) blocks.push(...value.map((b) => block(key, [], rawItems(b))));
    else attributes.push(attr(key, rawValue(value)));
  }
  return [...attributes, ...blocks];
}
