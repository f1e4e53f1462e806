import { Pipeline } from '../schema/pipeline.js';
import { acceptsPipeline } from '../schema/quick-accept.js';
import { parsePointer } from '../pointer/json-pointer.js';
import { setOwn } from '../util/own.js';
import { JsonOffsets } from './json-offsets.js';
import { LineIndex } from '../text/line-index.js';
import { MAX_NESTING } from '../text/nesting.js';
import { createSourceMap } from './source-map.js';
import { parseJsonTree } from './syntax.js';
import type { Node } from 'jsonc-parser';
import type { PipelineJsonShape, SourceMap } from './types.js';

/** What the fast path read; the caller adds the encoding and style. */
export interface FastParse {
  shape: PipelineJsonShape;
  pipeline: Pipeline;
  envelope: Record<string, unknown>;
  sourceMap: SourceMap;
  /** The jsonc-parser tree, built on first use (a re-print needs it, reading does not). */
  tree: () => Node | undefined;
  /** The text's offsets (scanned on first use), shared by the source map and the repeated-key check. */
  offsets: JsonOffsets;
  /** Property names in the parsed value, nested ones included (the repeated-key check compares the text's). */
  parsedKeys: number;
}

/**
 * The common case, a valid pipeline, read with the native `JSON.parse` (30x
 * faster than building a position tree); positions are found on demand when a
 * range is asked for (`parsed`: `JSON.parse(text)`, when the caller has it).
 * Returns undefined for anything else (bad syntax, another shape, a schema
 * error): the caller's tree-based reader then reports it with its position, so
 * errors are exactly what they were.
 */
export function parseFast(text: string, parsed?: unknown): FastParse | undefined {
  let cachedTree: Node | null | undefined;
  let whole = parsed;
  if (whole === undefined) {
    try {
      // JSON.parse keeps `__proto__` as an own data property and lets the last duplicate key win, as the tree reader does.
      whole = JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  // V8's JSON.parse does not recurse, so depth is checked on its value: far fewer steps than the
  // text's characters. Too deep goes to the tree reader, which refuses it with its position. The
  // same walk counts the names, which the repeated-key check needs.
  const parsedKeys = keysWithin(whole, MAX_NESTING);
  if (parsedKeys < 0) return undefined;
  const shape = shapeOfValue(whole);
  if (!shape) return undefined;
  const object = whole as Record<string, unknown>;
  const declaration = shape === 'bare' ? object : object['pipeline'];
  // The allocation-free check first; zod only when it cannot say yes.
  if (!acceptsPipeline(declaration) && !Pipeline.safeParse(declaration).success) return undefined;

  const envelope: Record<string, unknown> = {};
  if (shape !== 'bare')
    for (const key of Object.keys(object)) if (key !== 'pipeline') setOwn(envelope, key, object[key]);
  const declarationPath = shape === 'bare' ? [] : ['pipeline'];
  const offsets = new JsonOffsets(text);
  return {
    shape,
    // The value as read, not zod's output: zod drops keys such as `__proto__`.
    pipeline: declaration as Pipeline,
    envelope,
    sourceMap: lazySourceMap(text, offsets, declarationPath, tree),
    tree,
    offsets,
    parsedKeys,
  };

  function tree(): Node | undefined {
    if (cachedTree === undefined) {
      const parsed = parseJsonTree(text);
      cachedTree = parsed.ok ? parsed.root : null;
    }
    return cachedTree ?? undefined;
  }
}

/** `rangeOf` from on-demand offsets; `pointerAt` (rare: editor hovers) from the full tree. */
function lazySourceMap(
  text: string,
  offsets: JsonOffsets,
  declarationPath: string[],
  tree: () => Node | undefined,
): SourceMap {
  let declaration: number | undefined;
  // On the first position asked for, with the line starts of the offsets' one scan.
  let lines: LineIndex | undefined;
  const linesOf = () => (lines ??= new LineIndex(text, offsets.lineStarts()));
  let treeMap: SourceMap | undefined;
  return {
    rangeOf(pointer) {
      declaration ??= offsets.walk(offsets.root(), declarationPath).offset;
      const { offset } = offsets.walk(declaration, parsePointer(pointer));
      return { ...linesOf().position(offset), offset, length: offsets.lengthAt(offset) };
    },
    pointerAt(offset) {
      if (!treeMap) {
        const root = tree();
        if (!root) return '';
        treeMap = createSourceMap(root, declarationPath, linesOf());
      }
      return treeMap.pointerAt(offset);
    },
  };
}

/** The same decision as `detectShape` (shape.ts), made on the parsed value; undefined where that one fails. */
function shapeOfValue(whole: unknown): PipelineJsonShape | undefined {
  if (!isObject(whole)) return undefined;
  if (Object.hasOwn(whole, 'pipeline')) {
    const wrapped = whole['pipeline'];
    if (!isObject(wrapped)) return undefined;
    if (!['name', 'roleArn', 'stages', 'artifactStore', 'artifactStores'].some((k) => Object.hasOwn(wrapped, k)))
      return undefined;
    return Object.hasOwn(whole, 'metadata') ? 'get-pipeline' : 'create-pipeline';
  }
  const stages = whole['stages'];
  if (!Object.hasOwn(whole, 'stages') || !Array.isArray(stages)) return undefined;
  if (['roleArn', 'artifactStore', 'artifactStores'].some((k) => Object.hasOwn(whole, k))) return 'bare';
  const everyStageHasActions =
    stages.length > 0 && stages.every((stage) => isObject(stage) && Object.hasOwn(stage, 'actions'));
  return everyStageHasActions ? 'bare' : undefined;
}

/**
 * Property names in a parsed value, nested ones included, or -1 when its containers nest more
 * than `max` deep (as `offsetBeyondNesting` counts brackets): one walk for both questions.
 */
function keysWithin(value: unknown, max: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (max === 0) return -1;
  let count = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const inner = keysWithin(value[i], max - 1);
      if (inner < 0) return -1;
      count += inner;
    }
    return count;
  }
  for (const key in value) {
    const inner = keysWithin((value as Record<string, unknown>)[key], max - 1);
    if (inner < 0) return -1;
    count += 1 + inner;
  }
  return count;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
