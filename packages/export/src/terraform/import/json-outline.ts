import type { JsonTreeNode } from '@pipewright/model';
import type { OutlineNode } from './hcl-outline.js';

/*
 * Positions in a `.tf.json` file, in the same outline shape as the HCL one, so `locate` works
 * on both; built from the parse tree the file was read with (the model's JSON reader). A JSON
 * property cannot say whether it is a block or an argument, so an object (or array of
 * objects) property appears as both: an argument node and one block node per object.
 */

interface Entry {
  key: string;
  /** Offset of the property name's opening quote. */
  offset: number;
  value: JsonTreeNode;
}

function entries(node: JsonTreeNode | undefined): Entry[] {
  if (node?.type !== 'object') return [];
  const out: Entry[] = [];
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key && value) out.push({ key: String(key.value), offset: key.offset, value });
  }
  return out;
}

/** A block body's properties as outline nodes. */
function bodyOutline(node: JsonTreeNode): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const entry of entries(node)) {
    out.push({ name: entry.key, kind: 'attribute', labels: [], offset: entry.offset, children: [] });
    const { value } = entry;
    const bodies = value.type === 'object' ? [value] : (value.children ?? []).filter((item) => item.type === 'object');
    for (const body of bodies) {
      out.push({ name: entry.key, kind: 'block', labels: [], offset: body.offset, children: bodyOutline(body) });
    }
  }
  return out;
}

/** The values of `key` in an object, an array value giving each of its items. */
function property(node: JsonTreeNode | undefined, key: string): JsonTreeNode[] {
  const values = entries(node)
    .filter((e) => e.key === key)
    .map((e) => e.value);
  return values.flatMap((v) => (v.type === 'array' ? (v.children ?? []) : [v]));
}

/** The `aws_codepipeline` resource bodies of a `.tf.json` file, by label, in file order. */
export function outlineTerraformJson(root: JsonTreeNode): Map<string, OutlineNode[]> {
  const byLabel = new Map<string, OutlineNode[]>();
  for (const resources of property(root, 'resource')) {
    for (const types of property(resources, 'aws_codepipeline')) {
      for (const entry of entries(types)) {
        const bodies = entry.value.type === 'array' ? (entry.value.children ?? []) : [entry.value];
        for (const body of bodies) {
          const node: OutlineNode = {
            name: 'resource',
            kind: 'block',
            labels: ['aws_codepipeline', entry.key],
            offset: entry.offset,
            children: bodyOutline(body),
          };
          byLabel.set(entry.key, [...(byLabel.get(entry.key) ?? []), node]);
        }
      }
    }
  }
  return byLabel;
}
