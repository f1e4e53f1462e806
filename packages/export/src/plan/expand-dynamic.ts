import { DYNAMIC_KEY, isOpaque, opaque } from '@pipewright/model';
import { hclLiteralExpression, type IterationElement, type KnownValue } from '../terraform/hcl-literal.js';
import { jsonLiteral } from '../terraform/escape.js';
import { scanTemplate } from '../terraform/template.js';
import { isNumericField } from './opaque.js';
import { isPlainObject, ownEntries, setOwn } from './own.js';

/*
 * One block of a Terraform `dynamic` block over a literal collection, as Terraform makes it:
 * the `content` template with `<iterator>.key` and `<iterator>.value` (and its fields,
 * `<iterator>.value.name`, `<iterator>.value["name"]`) replaced by the element's values.
 * A template that uses the iterator any other way (`action.key + 1`, `lookup(action.value, ...)`)
 * is not expanded: Pipewright does not evaluate Terraform.
 */

export type Expansion = { ok: true; value: Record<string, unknown> } | { ok: false; reason: string };

class NotExpandable extends Error {}

/** `<iterator>.value.a["b"][0]` -> the element's value there; undefined when it is no such reference. */
function resolveReference(expression: string, iterator: string, element: IterationElement): KnownValue | undefined {
  const text = expression.trim();
  const head = new RegExp(`^${iterator}\\.(key|value)`).exec(text);
  if (!head) return undefined;
  let value: KnownValue | undefined = head[1] === 'key' ? element.key : element.value;
  let rest = text.slice(head[0].length);
  while (rest.length > 0) {
    const step = /^(?:\.([A-Za-z_][\w-]*)|\[\s*"([^"\\]*)"\s*\]|\[\s*(\d+)\s*\])/.exec(rest);
    if (!step) return undefined;
    const key = step[1] ?? step[2] ?? step[3];
    if (Array.isArray(value) && step[3] !== undefined) value = value[Number(step[3])];
    else if (isPlainObject(value) && key !== undefined && Object.hasOwn(value, key)) value = value[key];
    else throw new NotExpandable(`${text} names nothing in the element`);
    rest = rest.slice(step[0].length);
  }
  return value;
}

/**
 * An interpolation that is a reference to the element, or such a number plus or minus an
 * integer (`action.key + 1`, the usual run order of a list's blocks).
 */
function resolveInterpolation(inner: string, iterator: string, element: IterationElement): KnownValue | undefined {
  const direct = resolveReference(inner, iterator, element);
  if (direct !== undefined) return direct;
  const sum = /^\s*(.+?)\s*([+-])\s*(\d+)\s*$/.exec(inner);
  const base = sum ? resolveReference(sum[1] as string, iterator, element) : undefined;
  if (!sum || typeof base !== 'number') return undefined;
  return sum[2] === '+' ? base + Number(sum[3]) : base - Number(sum[3]);
}

const scalarText = (value: KnownValue): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;

function mentions(text: string, iterator: string): boolean {
  return new RegExp(`(^|[^\\w.])${iterator}\\s*\\.`).test(text);
}

/** A Terraform template with the element substituted: a literal, or an expression still. */
function substituteTemplate(
  template: string,
  iterator: string,
  element: IterationElement,
  numeric: boolean,
): KnownValue | { template: string } {
  const segments = scanTemplate(template);
  const parts: ({ text: string } | { template: string })[] = [];
  for (const segment of segments) {
    if (segment.kind === 'literal') {
      parts.push({ text: segment.text });
      continue;
    }
    const inner = segment.text.slice(2, -1);
    const resolved = segment.kind === 'interpolation' ? resolveInterpolation(inner, iterator, element) : undefined;
    if (resolved !== undefined) {
      // `"${action.value}"` alone has the element's own type: a number stays one where the API wants one.
      if (segments.length === 1 && numeric && typeof resolved === 'number') return resolved;
      const text = scalarText(resolved);
      if (text === undefined) throw new NotExpandable(`${inner.trim()} is a collection where a string is needed`);
      parts.push({ text });
      continue;
    }
    if (mentions(inner, iterator)) {
      throw new NotExpandable(`${segment.text} computes with ${iterator}, which Pipewright does not evaluate`);
    }
    parts.push({ template: segment.text });
  }
  if (parts.every((p) => 'text' in p)) {
    const text = parts.map((p) => ('text' in p ? p.text : '')).join('');
    return numeric && /^\d+$/.test(text) ? Number(text) : text;
  }
  return { template: parts.map((p) => ('text' in p ? jsonLiteral(p.text) : p.template)).join('') };
}

/** A nested dynamic block's `for_each` over the outer element (`stage.value.actions`), as an expression again. */
function substituteForEach(forEach: string, iterator: string, element: IterationElement): string {
  const segments = scanTemplate(forEach);
  const only = segments.length === 1 ? segments[0] : undefined;
  if (only?.kind === 'interpolation') {
    const resolved = resolveReference(only.text.slice(2, -1), iterator, element);
    if (resolved !== undefined) {
      const expression = hclLiteralExpression(resolved);
      if (expression !== undefined) return `\${${expression}}`;
    }
  }
  if (mentions(forEach, iterator)) {
    throw new NotExpandable(`the nested for_each = ${forEach} computes with ${iterator}`);
  }
  return forEach;
}

function substitute(
  node: unknown,
  iterator: string,
  element: IterationElement,
  segments: (string | number)[],
): unknown {
  if (isOpaque(node)) {
    if (node.$opaque !== 'terraform' || typeof node.expr !== 'string') return node;
    const result = substituteTemplate(node.expr, iterator, element, isNumericField(segments));
    return isPlainObject(result) && 'template' in result ? opaque('terraform', result.template) : result;
  }
  if (Array.isArray(node)) return node.map((item, i) => substitute(item, iterator, element, [...segments, i]));
  if (!isPlainObject(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of ownEntries(node)) {
    if (key === DYNAMIC_KEY && isPlainObject(value) && typeof value['forEach'] === 'string') {
      setOwn(out, key, { ...value, forEach: substituteForEach(value['forEach'], iterator, element) });
    } else setOwn(out, key, substitute(value, iterator, element, [...segments, key]));
  }
  return out;
}

/** The block Terraform makes from `content` for `element`, or why Pipewright cannot tell. */
export function expandElement(
  content: Record<string, unknown>,
  iterator: string,
  element: IterationElement,
): Expansion {
  try {
    return { ok: true, value: substitute(content, iterator, element, []) as Record<string, unknown> };
  } catch (error) {
    if (error instanceof NotExpandable) return { ok: false, reason: error.message };
    throw error;
  }
}
