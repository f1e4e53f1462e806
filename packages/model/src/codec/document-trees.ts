import type { Node } from 'jsonc-parser';
import type { JsonOffsets } from './json-offsets.js';
import type { PipelineJsonDocument } from './types.js';

/**
 * The parse tree each document was read from, kept out of the public type (and
 * out of structured clones) so a re-print need not parse the text again.
 */
const trees = new WeakMap<PipelineJsonDocument, Node | (() => Node | undefined)>();

/** `root` may be a function that builds the tree on first use (the fast reader does not build one). */
export function rememberTree(
  document: PipelineJsonDocument,
  root: Node | (() => Node | undefined),
): PipelineJsonDocument {
  trees.set(document, root);
  return document;
}

export function treeOf(document: PipelineJsonDocument): Node | undefined {
  const tree = trees.get(document);
  return typeof tree === 'function' ? tree() : tree;
}

/** What the fast reader learnt of a document's text and value, for its repeated-key check. */
export interface DocumentScan {
  offsets: JsonOffsets;
  /** Property names in the value `JSON.parse` gave for the text, nested ones included. */
  parsedKeys: number;
}

const scans = new WeakMap<PipelineJsonDocument, DocumentScan>();

export function rememberScan(document: PipelineJsonDocument, scan: DocumentScan): void {
  scans.set(document, scan);
}

export function scanOf(document: PipelineJsonDocument): DocumentScan | undefined {
  return scans.get(document);
}
