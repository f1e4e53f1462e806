import type { Node } from 'jsonc-parser';
import { escapePointerSegment } from '../text/pointer-segment.js';
import { scanOf } from './document-trees.js';
import { JsonOffsets } from './json-offsets.js';
import { parseJsonTree } from './syntax.js';
import type { PipelineJsonDocument } from './types.js';

/** A key given twice in one object: where each of the two spellings starts. */
export interface RepeatedKey {
  /** JSON pointer of the key's value in the whole document. */
  pointer: string;
  key: string;
  /** Offsets of the earlier and the repeated key (their opening quotes). */
  first: number;
  second: number;
}

/**
 * Keys repeated in one object of a parse tree, in text order. `JSON.parse` and the tree's
 * value keep the last one without a word, so every importer refuses them with both places.
 */
export function repeatedKeysInTree(root: Node): RepeatedKey[] {
  const found: RepeatedKey[] = [];
  const visit = (node: Node, pointer: string): void => {
    if (node.type === 'array') {
      node.children?.forEach((child, i) => visit(child, `${pointer}/${i}`));
      return;
    }
    if (node.type !== 'object') return;
    const seen = new Map<string, number>();
    for (const property of node.children ?? []) {
      const [keyNode, value] = property.children ?? [];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      const keyPointer = `${pointer}/${escapePointerSegment(key)}`;
      const first = seen.get(key);
      if (first !== undefined) found.push({ pointer: keyPointer, key, first, second: keyNode.offset });
      seen.set(key, keyNode.offset);
      if (value) visit(value, keyPointer);
    }
  };
  visit(root, '');
  return found;
}

/**
 * Keys repeated in one object of strict JSON text that `JSON.parse` read as `parsed`. Fewer
 * names in the value than in the text is the cheap test (one scan); only then is the tree
 * built to say where.
 */
export function repeatedJsonKeys(text: string, parsed: unknown): RepeatedKey[] {
  if (new JsonOffsets(text).countKeys() === countParsedKeys(parsed)) return [];
  return repeatedKeysInText(text);
}

function repeatedKeysInText(text: string): RepeatedKey[] {
  const syntax = parseJsonTree(text);
  return syntax.ok ? repeatedKeysInTree(syntax.root) : [];
}

/**
 * Keys repeated in one object of the file a document was read from. The document already holds
 * the parsed value, so the cheap test costs one scan of the text and no second parse; for a
 * document of the fast reader, that scan also serves its source map, and the value's names were
 * counted while its nesting was checked.
 */
export function repeatedKeysOf(document: PipelineJsonDocument): RepeatedKey[] {
  // The fast reader counted the value's names and holds the offsets its source map scans.
  const scan = scanOf(document);
  if (scan) return scan.offsets.countKeys() === scan.parsedKeys ? [] : repeatedKeysInText(document.text);
  const whole = document.shape === 'bare' ? document.pipeline : { pipeline: document.pipeline, ...document.envelope };
  return repeatedJsonKeys(document.text, whole);
}

/** Property names in a parsed value, nested ones included. */
function countParsedKeys(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countParsedKeys(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  for (const key of Object.keys(value)) count += 1 + countParsedKeys((value as Record<string, unknown>)[key]);
  return count;
}
