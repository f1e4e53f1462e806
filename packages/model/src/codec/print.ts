import { applyEdits, modify, type Edit, type FormattingOptions, type JSONPath, type Node } from 'jsonc-parser';
import type { Pipeline } from '../schema/pipeline.js';
import { deepEqual } from '../util/deep-equal.js';
import { treeOf } from './document-trees.js';
import { parseJsonTree } from './syntax.js';
import { walk } from './source-map.js';
import type { JsonTextStyle, PipelineJsonDocument } from './types.js';

/**
 * Re-emits a document with a new declaration, in the original's shape,
 * indentation, key order and line endings. An unchanged pipeline returns the
 * original text byte for byte; an edit rewrites only the lines it touches.
 *
 * The result is the decoded text: a byte order mark or UTF-16 encoding of the
 * original is not part of it. Use `encodePipelineJson` to get the bytes back in
 * the original encoding (BOM included).
 */
export function printPipelineJson(original: PipelineJsonDocument, pipeline: Pipeline): string {
  if (deepEqual(original.pipeline, pipeline)) return original.text;
  const prefix: JSONPath = original.shape === 'bare' ? [] : ['pipeline'];
  const changes: Change[] = [];
  diff(original.pipeline, pipeline, prefix, changes);

  // Scalar replacements are independent edits on the original text; apply them in one pass.
  let text = original.text;
  const trees = new TreeCache(original.text, treeOf(original));
  const structural: Change[] = [];
  const inPlace: Edit[] = [];
  for (const change of changes) {
    if (change.kind === 'replace' && isScalar(change.value)) {
      const root = trees.root(text);
      const found = root ? walk(root, change.path.map(String)) : undefined;
      if (found?.complete && found.node.type !== 'object' && found.node.type !== 'array') {
        inPlace.push({ offset: found.node.offset, length: found.node.length, content: JSON.stringify(change.value) });
        continue;
      }
    }
    structural.push(change);
  }
  text = applyEdits(text, inPlace);

  // Structural changes reshape the text, so each one is computed on the result of the previous.
  const formattingOptions = formatting(original.style);
  for (const change of structural) {
    const edits =
      change.kind === 'remove'
        ? removal(trees.root(text), change.path)
        : modify(text, change.path, change.value, {
            formattingOptions,
            isArrayInsertion: change.kind === 'insert',
            ...(change.kind === 'add' ? { getInsertionIndex: change.insertionIndex } : {}),
          });
    text = applyEdits(text, original.style.spaceBeforeEol ? edits.map(pythonCommas) : edits);
  }
  return text;
}

/** A fresh print: 2-space indentation, `{ "pipeline": ... }` unless `bare`, final newline. */
export function formatPipelineJson(pipeline: Pipeline, shape: 'create-pipeline' | 'bare' = 'create-pipeline'): string {
  return `${JSON.stringify(shape === 'bare' ? pipeline : { pipeline }, null, 2)}\n`;
}

/** The bytes of a printed document in its original encoding, with its byte order mark if it had one. */
export function encodePipelineJson(original: Pick<PipelineJsonDocument, 'encoding' | 'bom'>, text: string): Uint8Array {
  const body = original.bom ? `\uFEFF${text}` : text;
  if (original.encoding === 'utf-8') return new TextEncoder().encode(body);
  const bytes = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const unit = body.charCodeAt(i);
    const [first, second] = original.encoding === 'utf-16le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 * i] = first;
    bytes[2 * i + 1] = second;
  }
  return bytes;
}

/** The parse tree of the current text, parsed only when the text changed since the last request. */
class TreeCache {
  constructor(
    private text: string | undefined,
    private tree: Node | undefined,
  ) {}

  root(text: string): Node | undefined {
    if (text !== this.text || this.tree === undefined) {
      const parsed = parseJsonTree(text);
      this.text = text;
      this.tree = parsed.ok ? parsed.root : undefined;
    }
    return this.tree;
  }
}

type Change =
  | { kind: 'replace'; path: JSONPath; value: unknown }
  | { kind: 'remove'; path: JSONPath }
  | { kind: 'insert'; path: JSONPath; value: unknown }
  | { kind: 'add'; path: JSONPath; value: unknown; insertionIndex: (existing: string[]) => number };

/**
 * The smallest set of changes from `before` to `after`, in an order that keeps
 * each path valid when applied one after the other.
 */
function diff(before: unknown, after: unknown, path: JSONPath, out: Change[]): void {
  if (deepEqual(before, after)) return;
  if (isRecord(before) && isRecord(after)) return diffObjects(before, after, path, out);
  if (Array.isArray(before) && Array.isArray(after)) return diffArrays(before, after, path, out);
  out.push({ kind: 'replace', path, value: after });
}

function diffObjects(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  path: JSONPath,
  out: Change[],
): void {
  for (const key of Object.keys(before)) {
    if (after[key] === undefined || !Object.hasOwn(after, key)) out.push({ kind: 'remove', path: [...path, key] });
  }
  const order = Object.keys(after).filter((key) => after[key] !== undefined);
  order.forEach((key, position) => {
    if (Object.hasOwn(before, key)) {
      diff(before[key], after[key], [...path, key], out);
      return;
    }
    // Place a new key after the nearest key that precedes it in the new object.
    const predecessors = order.slice(0, position);
    const insertionIndex = (existing: string[]): number => {
      for (let i = predecessors.length - 1; i >= 0; i--) {
        const at = existing.lastIndexOf(predecessors[i] as string);
        if (at >= 0) return at + 1;
      }
      return 0;
    };
    out.push({ kind: 'add', path: [...path, key], value: after[key], insertionIndex });
  });
}

function diffArrays(before: unknown[], after: unknown[], path: JSONPath, out: Change[]): void {
  let start = 0;
  while (start < before.length && start < after.length && deepEqual(before[start], after[start])) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && deepEqual(before[endBefore - 1], after[endAfter - 1])) {
    endBefore--;
    endAfter--;
  }
  const paired = Math.min(endBefore - start, endAfter - start);
  for (let i = start; i < start + paired; i++) diff(before[i], after[i], [...path, i], out);
  for (let i = endBefore - 1; i >= start + paired; i--) out.push({ kind: 'remove', path: [...path, i] });
  for (let i = start + paired; i < endAfter; i++) out.push({ kind: 'insert', path: [...path, i], value: after[i] });
}

/**
 * The edit that removes an array element or object property with its separator.
 * (jsonc-parser 3.3.1's `modify(..., undefined)` cuts one character short when
 * removing the last element of an array, leaving invalid JSON.)
 */
function removal(root: Node | undefined, path: JSONPath): Edit[] {
  if (!root || path.length === 0) return [];
  const found = walk(root, path.map(String));
  if (!found.complete) return [];
  // Properties are removed whole (key and value); array items are the node itself.
  const item = found.node.parent?.type === 'property' ? found.node.parent : found.node;
  const container = item.parent;
  const siblings = container?.children ?? [];
  const index = siblings.indexOf(item);
  if (!container || index < 0) return [];
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  if (previous) {
    const from = previous.offset + previous.length;
    return [{ offset: from, length: item.offset + item.length - from, content: '' }];
  }
  if (next) return [{ offset: item.offset, length: next.offset - item.offset, content: '' }];
  return [{ offset: container.offset + 1, length: container.length - 2, content: '' }];
}

function formatting(style: JsonTextStyle): FormattingOptions {
  const tabs = style.indent.startsWith('\t');
  return { insertSpaces: !tabs, tabSize: tabs ? 1 : style.indent.length, eol: style.eol, insertFinalNewline: false };
}

/** Python 2 json.dump writes `,` + space before each newline; new lines should match. */
function pythonCommas(edit: Edit): Edit {
  return { ...edit, content: edit.content.replace(/,(\r?\n)/g, ', $1') };
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
