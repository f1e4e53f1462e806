import { segmentsOf } from '../../plan/pointer.js';
import { ARTIFACT_STORE, PIPELINE, type BlockSpec, type BodySpec } from '../schema.js';
import type { OutlineNode } from './hcl-outline.js';

/*
 * JSON pointer into an imported pipeline -> the block or argument it came from. Walks the
 * outline of the resource block with the same argument table the mapping used; stops at the
 * nearest ancestor it can place.
 */

function nthBlock(node: OutlineNode, type: string, n: number): OutlineNode | undefined {
  return node.children.filter((c) => c.kind === 'block' && c.name === type)[n];
}

/** An argument of `node` (also a block list written old-style as `stage = [...]`). */
function attribute(node: OutlineNode, name: string): OutlineNode | undefined {
  return node.children.find((c) => c.kind === 'attribute' && c.name === name);
}

/** The offset of the block or argument behind `pointer`; the caller's line index gives its line and column. */
export function locateInResource(resource: OutlineNode, pointer: string, artifactStoreRegions: string[]): number {
  const segments = segmentsOf(pointer);
  let node = resource;
  let spec: BodySpec | undefined = PIPELINE;
  let i = 0;
  const at = (n: OutlineNode): number => n.offset;

  // The artifact stores sit beside the table (one block, or one per region).
  if (segments[0] === 'artifactStore' || segments[0] === 'artifactStores') {
    const index = segments[0] === 'artifactStore' ? 0 : artifactStoreRegions.indexOf(segments[1] ?? '');
    const store = index >= 0 ? nthBlock(resource, 'artifact_store', index) : undefined;
    if (!store) return at(attribute(resource, 'artifact_store') ?? resource);
    node = store;
    spec = ARTIFACT_STORE;
    i = segments[0] === 'artifactStore' ? 1 : 2;
  }

  while (i < segments.length && spec) {
    const segment = segments[i] as string;
    const child: BlockSpec | undefined = spec.blocks.find((b) => b.model === segment);
    if (child) {
      const index = child.many ? Number(segments[i + 1]) : 0;
      const found = child.many && !Number.isInteger(index) ? undefined : nthBlock(node, child.tf, index);
      if (!found) return at(attribute(node, child.tf) ?? node);
      node = found;
      spec = child.body;
      i += child.many ? 2 : 1;
      continue;
    }
    const field = spec.attributes.find(
      (a) => a.path[0] === segment && (a.path.length === 1 || a.path[1] === segments[i + 1]),
    );
    const found = field ? attribute(node, field.tf) : undefined;
    return at(found ?? node);
  }
  return at(node);
}

/**
 * A pointer into the pipeline in Terraform's terms, for messages:
 * `/stages/1/actions/0/actionTypeId/version` -> `stage[1].action[0].version`.
 */
export function terraformPath(pointer: string): string {
  const segments = segmentsOf(pointer);
  const parts: string[] = [];
  let spec: BodySpec | undefined = PIPELINE;
  let i = 0;
  if (segments[0] === 'artifactStore' || segments[0] === 'artifactStores') {
    parts.push(segments[0] === 'artifactStore' ? 'artifact_store' : `artifact_store[region = ${segments[1] ?? ''}]`);
    spec = ARTIFACT_STORE;
    i = segments[0] === 'artifactStore' ? 1 : 2;
  }
  while (i < segments.length && spec) {
    const segment = segments[i] as string;
    const child: BlockSpec | undefined = spec.blocks.find((b) => b.model === segment);
    if (child) {
      parts.push(child.many ? `${child.tf}[${segments[i + 1] ?? ''}]` : child.tf);
      spec = child.body;
      i += child.many ? 2 : 1;
      continue;
    }
    const field = spec.attributes.find(
      (a) => a.path[0] === segment && (a.path.length === 1 || a.path[1] === segments[i + 1]),
    );
    parts.push(field ? field.tf : segments.slice(i).join('.'));
    break;
  }
  return parts.join('.') || 'the resource';
}
