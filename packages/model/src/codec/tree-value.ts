import type { Node } from 'jsonc-parser';
import { setOwn } from '../util/own.js';

/**
 * The plain value of a parse-tree node, as JSON.parse would build it (last
 * duplicate key wins), except that every key becomes an own data property:
 * `__proto__` stays data and never touches Object.prototype.
 */
export function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key === undefined || value === undefined) continue;
        setOwn(result, String(key.value), nodeValue(value));
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

/** The value node of an object's property (last one wins, like JSON.parse). */
export function propertyNode(object: Node, key: string): Node | undefined {
  let found: Node | undefined;
  for (const property of object.children ?? []) {
    if (property.children?.[0]?.value === key) found = property.children[1];
  }
  return found;
}
