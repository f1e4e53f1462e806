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

/** `,` `}` `]` and JSON white space end a number or a literal. */
const SCALAR_END = new Set([44, 125, 93, 32, 9, 13, 10]);

function parse(text: string): JsonNode {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const here = () => ({ line, column: i - lineStart + 1 });
  // Character codes, not one-character strings: this runs over every byte of the file.
  const ws = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 13 || c === 10; c = text.charCodeAt(++i)) {
      if (c === 10) {
        line++;
        lineStart = i + 1;
      }
    }
  };
  const string = (): string => {
    const start = i;
    i++;
    for (let c = text.charCodeAt(i); i < text.length && c !== 34; c = text.charCodeAt(i)) i += c === 92 ? 2 : 1;
    i++;
    const raw = text.slice(start, i);
    return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
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
    else while (i < text.length && !SCALAR_END.has(text.charCodeAt(i))) i++;
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
