import type { OutlineNode } from './hcl-outline.js';

/*
 * Positions in a `.tf.json` file, in the same outline shape as the HCL one, so `locate` works
 * on both. A JSON property cannot say whether it is a block or an argument, so an object
 * (or array of objects) property appears as both: an argument node and one block node per
 * object. Only called on text JSON.parse accepted.
 */

interface JsonNode {
  line: number;
  column: number;
  /** Object properties (with the key's position), array items, or nothing for scalars. */
  entries?: { key: string; line: number; column: number; value: JsonNode }[];
  items?: JsonNode[];
}

function parse(text: string): JsonNode {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const here = () => ({ line, column: i - lineStart + 1 });
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i] as string)) {
      if (text[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
      i++;
    }
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (): JsonNode => {
    ws();
    const node: JsonNode = here();
    if (text[i] === '{') {
      i++;
      node.entries = [];
      for (ws(); text[i] !== '}'; ws()) {
        const at = here();
        const key = string();
        ws();
        i++; // ':'
        node.entries.push({ key, ...at, value: value() });
        ws();
        if (text[i] === ',') i++;
      }
      i++;
    } else if (text[i] === '[') {
      i++;
      node.items = [];
      for (ws(); text[i] !== ']'; ws()) {
        node.items.push(value());
        ws();
        if (text[i] === ',') i++;
      }
      i++;
    } else if (text[i] === '"') string();
    else while (i < text.length && !',}] \t\r\n'.includes(text[i] as string)) i++;
    return node;
  };
  return value();
}

/** A block body's properties as outline nodes. */
function bodyOutline(node: JsonNode): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const entry of node.entries ?? []) {
    const position = { line: entry.line, column: entry.column };
    out.push({ name: entry.key, kind: 'attribute', labels: [], ...position, children: [] });
    const bodies = entry.value.entries ? [entry.value] : (entry.value.items ?? []).filter((item) => item.entries);
    for (const body of bodies) {
      out.push({
        name: entry.key,
        kind: 'block',
        labels: [],
        line: body.line,
        column: body.column,
        children: bodyOutline(body),
      });
    }
  }
  return out;
}

function property(node: JsonNode | undefined, key: string): JsonNode[] {
  const values = (node?.entries ?? []).filter((e) => e.key === key).map((e) => e.value);
  return values.flatMap((v) => (v.items ? v.items : [v]));
}

/** The `aws_codepipeline` resource bodies of a `.tf.json` file, by label, in file order. */
export function outlineTerraformJson(text: string): Map<string, OutlineNode[]> {
  const byLabel = new Map<string, OutlineNode[]>();
  for (const resources of property(parse(text), 'resource')) {
    for (const types of property(resources, 'aws_codepipeline')) {
      for (const entry of types.entries ?? []) {
        const bodies = entry.value.items ?? [entry.value];
        for (const body of bodies) {
          const node: OutlineNode = {
            name: 'resource',
            kind: 'block',
            labels: ['aws_codepipeline', entry.key],
            line: entry.line,
            column: entry.column,
            children: bodyOutline(body),
          };
          byLabel.set(entry.key, [...(byLabel.get(entry.key) ?? []), node]);
        }
      }
    }
  }
  return byLabel;
}
