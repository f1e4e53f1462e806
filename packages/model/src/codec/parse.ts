import { Pipeline } from '../schema/pipeline.js';
import { parseFast } from './fast-parse.js';
import { decodeFailurePosition, decodeText } from '../text/decode.js';
import { describeIssue } from './issues.js';
import { LineIndex } from '../text/line-index.js';
import { detectShape } from './shape.js';
import { createSourceMap, walk } from './source-map.js';
import { detectStyle } from './style.js';
import { parseJsonTree } from './syntax.js';
import { nodeValue } from './tree-value.js';
import { setOwn } from '../util/own.js';
import type { PipelineJsonDocument, PipelineJsonError, PipelineJsonResult } from './types.js';
import { rememberScan, rememberTree } from './document-trees.js';

export interface ParsePipelineJsonOptions {
  /**
   * What `JSON.parse` returned for this very text, when the caller has parsed it already (format
   * detection does): it is read as is, not parsed a second time. Ignored for bytes and for text
   * with a byte order mark.
   */
  parsed?: unknown;
}

/**
 * Reads a CodePipeline JSON file in any of its three shapes (get-pipeline
 * output, create/update-pipeline input, bare declaration). Accepts UTF-8 with
 * or without BOM and UTF-16 LE/BE with a BOM. Every failure comes back as data
 * with a 1-based line and column; it never throws.
 */
export function parsePipelineJson(
  input: string | Uint8Array,
  options: ParsePipelineJsonOptions = {},
): PipelineJsonResult {
  try {
    return parseUnsafe(input, options);
  } catch (error) {
    // Defensive: any bug below still yields an error value, never an exception.
    return failure(`could not read the file: ${error instanceof Error ? error.message : String(error)}`, 1, 1, 0);
  }
}

function parseUnsafe(input: string | Uint8Array, options: ParsePipelineJsonOptions): PipelineJsonResult {
  const decoded = decodeText(input);
  if (!decoded.ok) {
    const { line, column, offset } = decodeFailurePosition(decoded);
    return failure(decoded.message, line, column, offset);
  }
  const { text } = decoded;
  const fast = parseFast(text, typeof input === 'string' && !decoded.bom ? options.parsed : undefined);
  if (fast) {
    const { tree, offsets, parsedKeys, ...read } = fast;
    const document: PipelineJsonDocument = {
      ...read,
      text,
      encoding: decoded.encoding,
      bom: decoded.bom,
      style: detectStyle(text),
    };
    rememberScan(document, { offsets, parsedKeys });
    return { ok: true, document: rememberTree(document, tree) };
  }
  // Not a valid pipeline: read it again with positions, to say where and why.
  const lines = new LineIndex(text);
  const fail = (message: string, offset: number): PipelineJsonResult => {
    const { line, column } = lines.position(offset);
    return failure(message, line, column, offset);
  };

  const syntax = parseJsonTree(text);
  if (!syntax.ok) return fail(syntax.message, syntax.offset);
  const shape = detectShape(syntax.root);
  if (!shape.ok) return fail(shape.message, shape.node.offset);

  const whole = nodeValue(syntax.root) as Record<string, unknown>;
  const declarationNode = walk(syntax.root, shape.declarationPath).node;
  const declaration = shape.declarationPath.length === 0 ? whole : whole['pipeline'];

  const checked = Pipeline.safeParse(declaration);
  if (!checked.success) {
    const reports = checked.error.issues.map((issue) => {
      const report = describeIssue(issue, declaration);
      return { ...report, offset: walk(declarationNode, report.path.map(String)).node.offset };
    });
    const first = reports.reduce((a, b) => (b.offset < a.offset ? b : a));
    return fail(first.message, first.offset);
  }

  const envelope: Record<string, unknown> = {};
  if (shape.declarationPath.length > 0) {
    for (const key of Object.keys(whole)) if (key !== 'pipeline') setOwn(envelope, key, whole[key]);
  }
  const document: PipelineJsonDocument = {
    shape: shape.shape,
    // The value as read, not zod's output: zod drops keys such as `__proto__`.
    pipeline: declaration as Pipeline,
    envelope,
    text,
    sourceMap: createSourceMap(syntax.root, shape.declarationPath, lines),
    encoding: decoded.encoding,
    bom: decoded.bom,
    style: detectStyle(text),
  };
  return { ok: true, document: rememberTree(document, syntax.root) };
}

function failure(
  message: string,
  line: number,
  column: number,
  offset: number,
): { ok: false; error: PipelineJsonError } {
  return { ok: false, error: { message, line, column, offset } };
}
