import { findNodeAtOffset, getNodePath, type Node } from 'jsonc-parser';
import { arrayIndex, formatPointer, parsePointer } from '../pointer/json-pointer.js';
import type { LineIndex } from '../text/line-index.js';
import { propertyNode } from './tree-value.js';
import type { SourceMap, TextRange } from './types.js';

/** A source map over the parse tree; `declarationPath` locates the declaration in the file (`['pipeline']` or `[]`). */
export function createSourceMap(root: Node, declarationPath: readonly string[], lines: LineIndex): SourceMap {
  const declaration = walk(root, declarationPath).node;
  const range = (node: Node): TextRange => ({
    ...lines.position(node.offset),
    offset: node.offset,
    length: node.length,
  });
  return {
    rangeOf(pointer) {
      return range(walk(declaration, parsePointer(pointer)).node);
    },
    pointerAt(offset) {
      const node = findNodeAtOffset(root, offset, true);
      if (!node) return '';
      const path = getNodePath(node);
      if (!declarationPath.every((segment, i) => path[i] === segment)) return '';
      return formatPointer(path.slice(declarationPath.length));
    },
  };
}

/** Follows segments as far as they exist; `node` is the deepest one reached. */
export function walk(start: Node, segments: readonly string[]): { node: Node; complete: boolean } {
  let node = start;
  for (const segment of segments) {
    let next: Node | undefined;
    if (node.type === 'object') next = propertyNode(node, segment);
    else if (node.type === 'array') {
      const index = arrayIndex(segment);
      next = index === undefined ? undefined : node.children?.[index];
    }
    if (!next) return { node, complete: false };
    node = next;
  }
  return { node, complete: true };
}
