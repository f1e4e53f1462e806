import type { YAMLMap } from 'yaml';
import { Document, Scalar, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { tagOf } from './short-form.js';
import { writeBlockYaml } from './yaml-block-writer.js';
import { isSafePlain, shortGetAtt } from './yaml-scalars.js';

/*
 * The one place that decides how CloudFormation YAML is written. Strings are written
 * plain only when no YAML reader (1.1 or 1.2, PyYAML included) could take them for
 * anything else; every other string is double-quoted, so hostile values (`: #`, `---`,
 * `yes`, `${`, newlines, unicode line separators) come back unchanged (yaml-scalars.ts).
 * Intrinsics are written in short form (`!Ref`, `!Sub` ...). Most templates are written by
 * yaml-block-writer.ts, to the same bytes; the `yaml` Document writes the rest.
 */

export { isSafePlain } from './yaml-scalars.js';

function styleScalar(node: Scalar): void {
  if (typeof node.value === 'string') node.type = isSafePlain(node.value) ? 'PLAIN' : 'QUOTE_DOUBLE';
}

/** Styles every scalar, keys included (a direct walk: `yaml`'s `visit` costs several times more on large templates). */
function styleScalars(node: unknown): void {
  if (isScalar(node)) styleScalar(node);
  else if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      if (isPair(item)) {
        styleScalars(item.key);
        styleScalars(item.value);
      } else styleScalars(item);
    }
  }
}

/** The single pair of an intrinsic map, if the map is one. */
function intrinsicPair(node: YAMLMap): { key: string; value: Node } | undefined {
  if (node.items.length !== 1) return undefined;
  const pair = node.items[0];
  if (!pair || !isScalar(pair.key) || typeof pair.key.value !== 'string') return undefined;
  const key = pair.key.value;
  if (key !== 'Ref' && key !== 'Condition' && !key.startsWith('Fn::')) return undefined;
  return { key, value: pair.value as Node };
}

/** Serializes a template (CFN JSON form) as YAML with short-form intrinsics. */
export function writeCfnYaml(template: unknown): string {
  return writeBlockYaml(template) ?? writeWithDocument(template);
}

/** Through the `yaml` Document: the reference the block writer is held to, and the writer of what it leaves. */
export function writeWithDocument(template: unknown): string {
  const doc = new Document(template, { aliasDuplicateObjects: false });
  styleScalars(doc.contents);
  // Innermost first, so an intrinsic whose argument is itself an intrinsic keeps the long
  // form for the outer one (YAML allows one tag per node).
  const replace = (node: unknown): unknown => {
    if (isMap(node)) {
      for (const pair of node.items) pair.value = replace(pair.value) as Node;
      const intrinsic = intrinsicPair(node);
      if (!intrinsic || intrinsic.value?.tag) return node;
      if (intrinsic.key === 'Fn::GetAtt') {
        // Only the list form is shortened: `!GetAtt A.B` reads back as the list.
        const short = shortGetAtt(intrinsic.value.toJSON());
        if (short === undefined) return node;
        const scalar = new Scalar(short);
        scalar.tag = '!GetAtt';
        styleScalar(scalar);
        return scalar;
      }
      const tagged = intrinsic.value;
      tagged.tag = tagOf(intrinsic.key);
      return tagged;
    }
    if (isSeq(node)) node.items = node.items.map(replace);
    return node;
  };
  doc.contents = replace(doc.contents) as Node;
  return doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });
}
