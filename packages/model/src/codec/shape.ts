import type { Node } from 'jsonc-parser';
import { propertyNode } from './tree-value.js';
import type { PipelineJsonShape } from './types.js';

export type ShapeResult =
  { ok: true; shape: PipelineJsonShape; declarationPath: string[] } | { ok: false; message: string; node: Node };

const NOT_A_PIPELINE = 'not a CodePipeline pipeline';

/**
 * Which of the three shapes the file has: `{pipeline, metadata}` (get-pipeline),
 * `{pipeline, tags?}` (create/update-pipeline input) or a bare declaration.
 * Look-alikes (other CI systems' "pipelines", Elasticsearch ingest pipelines) are
 * rejected here, so they get a message that says so rather than a list of missing fields.
 */
export function detectShape(root: Node): ShapeResult {
  if (root.type !== 'object') {
    return {
      ok: false,
      node: root,
      message: `${NOT_A_PIPELINE}: the file holds ${article(root.type)}, expected an object`,
    };
  }
  const wrapped = propertyNode(root, 'pipeline');
  if (wrapped) {
    if (wrapped.type !== 'object') {
      return {
        ok: false,
        node: wrapped,
        message: `${NOT_A_PIPELINE}: "pipeline" is ${article(wrapped.type)}, expected the pipeline declaration object`,
      };
    }
    if (!hasAny(wrapped, ['name', 'roleArn', 'stages', 'artifactStore', 'artifactStores'])) {
      return {
        ok: false,
        node: wrapped,
        message: `${NOT_A_PIPELINE}: "pipeline" has none of name, roleArn, stages (found ${keyList(wrapped)})`,
      };
    }
    const shape = propertyNode(root, 'metadata') ? 'get-pipeline' : 'create-pipeline';
    return { ok: true, shape, declarationPath: ['pipeline'] };
  }
  if (looksLikeDeclaration(root)) return { ok: true, shape: 'bare', declarationPath: [] };
  return {
    ok: false,
    node: root,
    message: `${NOT_A_PIPELINE}: expected a "pipeline" object or a declaration with name, roleArn and stages[].actions (found ${keyList(root)})`,
  };
}

/** A bare declaration: a stages array plus pipeline-only fields, or stages that hold actions. */
function looksLikeDeclaration(object: Node): boolean {
  const stages = propertyNode(object, 'stages');
  if (!stages || stages.type !== 'array') return false;
  if (hasAny(object, ['roleArn', 'artifactStore', 'artifactStores'])) return true;
  const items = stages.children ?? [];
  return items.length > 0 && items.every((stage) => stage.type === 'object' && propertyNode(stage, 'actions'));
}

function hasAny(object: Node, keys: readonly string[]): boolean {
  return keys.some((key) => propertyNode(object, key) !== undefined);
}

function keyList(object: Node): string {
  const keys = (object.children ?? []).map((p) => String(p.children?.[0]?.value));
  if (keys.length === 0) return 'no keys';
  const shown = keys.slice(0, 6).join(', ');
  return `keys ${shown}${keys.length > 6 ? ', ...' : ''}`;
}

function article(type: Node['type']): string {
  return type === 'array' || type === 'object' ? `an ${type}` : `a ${type}`;
}
