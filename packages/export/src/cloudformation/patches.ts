import { isPlainObject, setOwn } from '../plan/own.js';
import type { CloudFormationPatch } from '../types.js';

function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The container holding `path`'s last segment, or undefined when a step is missing. */
function parentOf(root: unknown, path: (string | number)[]): unknown {
  let node = root;
  for (const segment of path.slice(0, -1)) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isPlainObject(node) && typeof segment === 'string' && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** Applies an import's patches to freshly emitted `Properties` (in place), shortest path first. */
export function applyPatches(properties: Record<string, unknown>, patches: readonly CloudFormationPatch[]): void {
  const ordered = [...patches].sort((a, b) => a.path.length - b.path.length);
  for (const patch of ordered) {
    const parent = parentOf(properties, patch.path);
    const last = patch.path[patch.path.length - 1];
    if (last === undefined) continue;
    if (patch.op === 'insert') {
      if (Array.isArray(parent) && typeof last === 'number')
        parent.splice(Math.min(last, parent.length), 0, patch.value);
      continue;
    }
    if (Array.isArray(parent) && typeof last === 'number') {
      if (patch.op === 'set' && (patch.whenValue === undefined || sameData(parent[last], patch.whenValue))) {
        parent[last] = patch.value;
      }
      continue;
    }
    if (!isPlainObject(parent) || typeof last !== 'string') continue;
    if (patch.whenValue !== undefined && !sameData(parent[last], patch.whenValue)) continue;
    if (patch.op === 'set') setOwn(parent, last, patch.value);
    else delete parent[last];
  }
}
