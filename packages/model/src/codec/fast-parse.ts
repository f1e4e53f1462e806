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
  // text's characters. Too deep goes to the tree reader, which refuses it with its position.
  if (nestsDeeperThan(whole, MAX_NESTING)) return undefined;
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
  return {
    shape,
    // The value as read, not zod's output: zod drops keys such as `__proto__`.
    pipeline: declaration as Pipeline,
    envelope,
    sourceMap: lazySourceMap(text, declarationPath, tree),
    tree,
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
function lazySourceMap(text: string, declarationPath: string[], tree: () => Node | undefined): SourceMap {
  let offsets: JsonOffsets | undefined;
  let declaration = 0;
  const lines = new LineIndex(text); // lazy: line starts are found on the first position asked for
  let treeMap: SourceMap | undefined;
  return {
    rangeOf(pointer) {
      if (!offsets) {
        offsets = new JsonOffsets(text);
        declaration = offsets.walk(offsets.root(), declarationPath).offset;
      }
      const { offset } = offsets.walk(declaration, parsePointer(pointer));
      return { ...lines.position(offset), offset, length: offsets.lengthAt(offset) };
    },
    pointerAt(offset) {
      if (!treeMap) {
        const root = tree();
        if (!root) return '';
        treeMap = createSourceMap(root, declarationPath, lines);
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

/** Whether containers nest more than `max` deep in a parsed value, as `offsetBeyondNesting` counts brackets. */
function nestsDeeperThan(value: unknown, max: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (max === 0) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (nestsDeeperThan(item, max - 1)) return true;
    return false;
  }
  for (const key in value) if (nestsDeeperThan((value as Record<string, unknown>)[key], max - 1)) return true;
  return false;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
