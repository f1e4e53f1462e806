import { hclExpression, hclKey, hclString } from './escape.js';
import type { TfAttribute, TfEntry, TfItem, TfValue } from './ir.js';
import { reindentExpression } from './reindent.js';

/*
 * Native HCL, laid out as `terraform fmt` would: two-space indent; `=` aligned across
 * consecutive single-line attributes (and object entries); a multi-line value stands on its
 * own, after a blank line; one blank line before each nested block.
 */

const INDENT = '  ';

// Made on first use: constructing a segmenter loads ICU data (~12 ms), which every CLI start paid.
let graphemes: Intl.Segmenter | undefined;

/** Columns a key takes, counted as hclwrite counts them: grapheme clusters, not UTF-16 units. */
function columns(text: string): number {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 0x80;
  if (ascii) return text.length;
  let count = 0;
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

/** A value on one line, or undefined when it needs several (non-empty objects, calls on them). */
function inline(value: TfValue): string | undefined {
  switch (value.kind) {
    case 'string':
      return hclString(value.value);
    case 'number':
      return String(value.value);
    case 'bool':
      return String(value.value);
    case 'null':
      return 'null';
    case 'expression': {
      const text = hclExpression(value.template);
      return text.includes('\n') ? undefined : text;
    }
    case 'reference':
      return value.traversal;
    case 'type':
      return value.name;
    case 'list': {
      const items = value.items.map(inline);
      if (items.some((i) => i === undefined)) return undefined;
      return `[${items.join(', ')}]`;
    }
    case 'object':
      return value.entries.length === 0 ? '{}' : undefined;
    case 'call': {
      const args = value.args.map(inline);
      if (args.some((a) => a === undefined)) return undefined;
      return `${value.name}(${args.join(', ')})`;
    }
  }
}

function entryKey(entry: TfEntry): string {
  return entry.keyExpression ? `(${hclExpression(entry.key)})` : hclKey(entry.key);
}

/** `value` starting at the current column, continuation lines indented by `indent`. */
function multiline(value: TfValue, indent: string): string {
  const one = inline(value);
  if (one !== undefined) return one;
  switch (value.kind) {
    case 'object': {
      const lines = alignedLines(
        value.entries.map((e) => ({ key: entryKey(e), value: e.value })),
        indent + INDENT,
        false,
      );
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
    case 'list':
      return `[\n${value.items.map((i) => `${indent}${INDENT}${multiline(i, indent + INDENT)},`).join('\n')}\n${indent}]`;
    case 'call':
      return `${value.name}(${value.args.map((a) => multiline(a, indent)).join(', ')})`;
    case 'expression':
      return reindentExpression(hclExpression(value.template), indent);
    default:
      return '';
  }
}

/**
 * `key = value` lines with `=` aligned within each run of single-line values. In a block body
 * (`spaced`) a multi-line value is set off by blank lines; inside an object it is not.
 */
function alignedLines(pairs: { key: string; value: TfValue }[], indent: string, spaced: boolean): string[] {
  const lines: string[] = [];
  let run: { key: string; text: string }[] = [];
  let afterMultiline = false;
  const flush = () => {
    const width = Math.max(0, ...run.map((p) => columns(p.key)));
    for (const p of run) lines.push(`${indent}${p.key}${' '.repeat(width - columns(p.key))} = ${p.text}`);
    run = [];
  };
  for (const pair of pairs) {
    const one = inline(pair.value);
    if (one !== undefined) {
      if (afterMultiline && spaced) lines.push('');
      afterMultiline = false;
      run.push({ key: pair.key, text: one });
      continue;
    }
    flush();
    if (lines.length > 0 && spaced) lines.push('');
    lines.push(`${indent}${pair.key} = ${multiline(pair.value, indent)}`);
    afterMultiline = true;
  }
  flush();
  return lines;
}

/** Appends the lines of a body to `lines` (one array for the whole file: no copying per level). */
function writeBody(items: TfItem[], indent: string, lines: string[]): void {
  const start = lines.length;
  let attributes: TfAttribute[] = [];
  const flushAttributes = () => {
    if (attributes.length === 0) return;
    if (lines.length > start) lines.push('');
    for (const line of alignedLines(
      attributes.map((a) => ({ key: a.name, value: a.value })),
      indent,
      true,
    )) {
      lines.push(line);
    }
    attributes = [];
  };
  for (const [i, item] of items.entries()) {
    if (item.kind === 'attribute') {
      attributes.push(item);
      continue;
    }
    flushAttributes();
    if (item.kind === 'comment') {
      if (lines.length > start && items[i - 1]?.kind !== 'comment') lines.push('');
      lines.push(`${indent}# ${item.text}`);
      continue;
    }
    if (lines.length > start && items[i - 1]?.kind !== 'comment') lines.push('');
    const head = [item.type, ...item.labels.map(hclString)].join(' ');
    const at = lines.push(`${indent}${head} {`) - 1;
    writeBody(item.body, indent + INDENT, lines);
    if (lines.length === at + 1) lines[at] = `${indent}${head} {}`;
    else lines.push(`${indent}}`);
  }
  flushAttributes();
}

/** A whole file: top-level blocks separated by blank lines, ending with a newline. */
export function writeHcl(items: TfItem[]): string {
  const lines: string[] = [];
  writeBody(items, '', lines);
  return lines.join('\n') + '\n';
}
