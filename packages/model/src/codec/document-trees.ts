import type { Node } from 'jsonc-parser';
import type { PipelineJsonDocument } from './types.js';

/**
 * The parse tree each document was read from, kept out of the public type (and
 * out of structured clones) so a re-print need not parse the text again.
 */
const trees = new WeakMap<PipelineJsonDocument, Node>();

export function rememberTree(document: PipelineJsonDocument, root: Node): PipelineJsonDocument {
  trees.set(document, root);
  return document;
}

export function treeOf(document: PipelineJsonDocument): Node | undefined {
  return trees.get(document);
}
