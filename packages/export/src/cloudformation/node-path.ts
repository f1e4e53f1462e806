/**
 * A node's path in a conversion walk as a chain of segments: most nodes never need theirs (only a
 * patch, a report or a recorded path does), and a new array per node was most of the walks' garbage.
 */
export interface NodePath {
  readonly up: NodePath | undefined;
  readonly key: string | number;
}

/** The path of a walk's current node; undefined at the root. */
export type At = NodePath | undefined;

export const at = (up: At, key: string | number): NodePath => ({ up, key });

/** The path's segments, root first. */
export function segmentsOf(path: At): (string | number)[] {
  const out: (string | number)[] = [];
  for (let p = path; p; p = p.up) out.push(p.key);
  return out.reverse();
}
