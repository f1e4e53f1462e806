import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type ScalarTag,
  type CollectionTag,
} from 'yaml';
import { LineIndex, escapePointerSegment, nestingMessage, offsetBeyondNesting } from '@pipewright/model';
import type { DuplicateKey } from '../import/duplicate-keys.js';
import { setOwn } from '../plan/own.js';
import { readCfnJson } from './json-reader.js';
import { readBlockYaml } from './yaml-block-reader.js';
import { FUNCTIONS, isShortFormTag, wrapTag } from './short-form.js';
import type { TemplateReadResult } from './source.js';

/*
 * Reads CloudFormation YAML (and JSON, which is YAML too) into CFN JSON form: short-form
 * intrinsics (`!Ref X`, `!GetAtt A.B`, `!If [...]`) become `{ "Ref": "X" }`,
 * `{ "Fn::GetAtt": ["A", "B"] }`, `{ "Fn::If": [...] }`. Keys such as `__proto__` stay data.
 * Records the source offset of every node by JSON pointer, for line/column reporting.
 * Block-style YAML (nearly every template) is read by yaml-block-reader.ts instead, to the same
 * result; this document-model reader takes the rest and gives every error.
 */

const identity = (value: unknown): unknown => value;

/** Declares every short-form tag for scalars, sequences and maps; conversion happens in `toData`. */
const CUSTOM_TAGS: (ScalarTag | CollectionTag)[] = FUNCTIONS.flatMap((name) => [
  { tag: `!${name}`, resolve: identity as ScalarTag['resolve'] },
  { tag: `!${name}`, collection: 'seq', resolve: identity as CollectionTag['resolve'] } as CollectionTag,
  { tag: `!${name}`, collection: 'map', resolve: identity as CollectionTag['resolve'] } as CollectionTag,
]);

export type YamlReadResult = TemplateReadResult;

interface ReadState {
  doc: Document;
  offsets: Map<string, number>;
  duplicates: DuplicateKey[];
}

/** `pointer` is that of `node`, built one segment at a time (building it from the whole path per node was quadratic). */
function toData(state: ReadState, node: unknown, pointer: string): unknown {
  const { doc, offsets } = state;
  if (isAlias(node)) return toData(state, node.resolve(doc), pointer);
  const n = node as Node | null;
  if (n?.range) offsets.set(pointer, n.range[0]);
  let value: unknown;
  if (isMap(n)) {
    const out: Record<string, unknown> = {};
    for (const pair of n.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
      const keyPointer = `${pointer}/${escapePointerSegment(key)}`;
      // The data keeps the last one, as most YAML readers do; importers refuse the template.
      const keyOffset = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
      if (Object.hasOwn(out, key)) {
        const first = offsets.get(keyPointer);
        if (first !== undefined && keyOffset !== undefined)
          state.duplicates.push({ pointer: keyPointer, key, first, second: keyOffset });
      }
      setOwn(out, key, toData(state, pair.value, keyPointer));
      if (keyOffset !== undefined) offsets.set(keyPointer, keyOffset);
    }
    value = out;
  } else if (isSeq(n)) {
    value = n.items.map((item, i) => toData(state, item, `${pointer}/${i}`));
  } else if (isScalar(n)) {
    value = n.value;
  } else {
    value = null;
  }
  const tag = n?.tag;
  return tag && isShortFormTag(tag) ? wrapTag(tag, value) : value;
}

/** Parses YAML or JSON text; errors carry 1-based line and column. */
export function readCfnYaml(text: string): YamlReadResult {
  const tooDeep = offsetBeyondNesting(text, 'yaml');
  if (tooDeep !== undefined) {
    return { ok: false, error: { message: nestingMessage(), ...new LineIndex(text).position(tooDeep) } };
  }
  return readCfnJson(text) ?? readBlockSource(text) ?? readYamlDocument(text);
}

/**
 * Block-style YAML through yaml-block-reader.ts, which reads it as `readYamlDocument` would, ~15x
 * faster; its offsets are recorded by a second pass only when a position is first asked for (an
 * error or a diagnostic to place), so a clean import pays for none. Undefined for other YAML.
 */
function readBlockSource(text: string): YamlReadResult | undefined {
  const yamlText = yamlLineEnds(text);
  const read = readBlockYaml(yamlText);
  if (!read) return undefined;
  let offsets: Map<string, number> | undefined;
  const recorded = (): Map<string, number> => {
    if (!offsets) {
      offsets = new Map();
      readBlockYaml(yamlText, offsets);
    }
    return offsets;
  };
  return {
    ok: true,
    source: {
      data: read.data,
      offsets: { get: (pointer) => recorded().get(pointer) },
      duplicates: [],
      lines: new LineIndex(text),
    },
  };
}

/** The general reader (any YAML, JSON with duplicate keys or syntax errors), through the `yaml` document model. */
export function readYamlDocument(text: string): YamlReadResult {
  const lines = new LineIndex(text);
  const doc = parseDocument(yamlLineEnds(text), { customTags: CUSTOM_TAGS, uniqueKeys: false, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    return {
      ok: false,
      error: { message: first.message.split('\n')[0] ?? first.message, ...lines.position(first.pos[0]) },
    };
  }
  const state: ReadState = { doc, offsets: new Map(), duplicates: [] };
  const data = toData(state, doc.contents, '');
  return { ok: true, source: { data, offsets: state.offsets, duplicates: state.duplicates, lines } };
}

/**
 * YAML 1.2 ends a line at a lone `\r` too, the `yaml` package only at `\n`: a file saved with
 * old Mac line ends would read as one line. Each lone `\r` becomes `\n` (same length, so every
 * offset, and so every position the line index gives, stays that of the file).
 */
function yamlLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
