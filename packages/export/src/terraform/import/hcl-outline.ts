/*
 * Where things are in an HCL file. hcl2json gives values but no positions, so this scanner
 * walks the file's structure once (blocks, their labels, attribute names) to give the
 * importer's `locate` a line and column. It reads structure only; values come from the real
 * parser, and a file it cannot follow only loses positions, never content.
 */

export interface OutlineNode {
  /** Block type or attribute name. */
  name: string;
  kind: 'block' | 'attribute';
  labels: string[];
  /** Where it starts in the text; the importer's line index turns it into a line and column when asked. */
  offset: number;
  children: OutlineNode[];
}

class Cursor {
  i = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.i >= this.text.length;
  }
  peek(offset = 0): string {
    return this.text[this.i + offset] ?? '';
  }
  startsWith(s: string): boolean {
    return this.text.startsWith(s, this.i);
  }
  /** Skips spaces and comments; newlines too when `newlines`. */
  skipTrivia(newlines: boolean): void {
    while (!this.done) {
      const ch = this.peek();
      if (ch === ' ' || ch === '\t' || ch === '\r' || (newlines && ch === '\n')) this.i++;
      else if (ch === '#' || this.startsWith('//')) this.skipTo('\n');
      else if (this.startsWith('/*')) {
        const end = this.text.indexOf('*/', this.i + 2);
        this.i = end < 0 ? this.text.length : end + 2;
      } else return;
    }
  }
  skipTo(ch: string): void {
    const end = this.text.indexOf(ch, this.i);
    this.i = end < 0 ? this.text.length : end;
  }

  identifier(): string {
    const start = this.i;
    while (!this.done && isIdentifierChar(this.peek())) this.i++;
    return this.text.slice(start, this.i);
  }

  /** A quoted string starting at the opening quote; returns its raw body. */
  quoted(): string {
    const start = ++this.i;
    while (!this.done && this.peek() !== '"' && this.peek() !== '\n') {
      if (this.peek() === '\\') this.i++;
      else if (this.startsWith('${') || this.startsWith('%{')) {
        this.i += 2;
        this.expression('}');
      }
      this.i++;
    }
    const body = this.text.slice(start, this.i);
    if (this.peek() === '"') this.i++;
    return body;
  }

  heredoc(): void {
    this.i += 2;
    if (this.peek() === '-') this.i++;
    const marker = this.identifier();
    this.skipTo('\n');
    while (!this.done) {
      this.i++;
      const lineEnd = this.text.indexOf('\n', this.i);
      const line = this.text.slice(this.i, lineEnd < 0 ? this.text.length : lineEnd);
      this.i = lineEnd < 0 ? this.text.length : lineEnd;
      if (line.trim() === marker) return;
    }
  }

  /** Skips an expression up to a newline at depth 0, or to `close` (not consumed). */
  expression(close?: string): void {
    let depth = 0;
    while (!this.done) {
      const ch = this.peek();
      if (ch === '"') {
        this.quoted();
        continue;
      }
      if (this.startsWith('<<') && isIdentifierStart(this.text[this.i + (this.peek(2) === '-' ? 3 : 2)] ?? '')) {
        this.heredoc();
        continue;
      }
      if (ch === '#' || this.startsWith('//') || this.startsWith('/*')) {
        this.skipTrivia(false);
        continue;
      }
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === ')' || ch === ']' || ch === '}') {
        if (depth === 0) return;
        depth--;
      } else if (ch === '\n' && depth === 0 && close === undefined) return;
      this.i++;
    }
  }
}

function isIdentifierStart(ch: string): boolean {
  return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch === '_';
}
function isIdentifierChar(ch: string): boolean {
  return isIdentifierStart(ch) || (ch >= '0' && ch <= '9') || ch === '-';
}

function body(cursor: Cursor, nested: boolean): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  for (;;) {
    cursor.skipTrivia(true);
    if (cursor.done) return nodes;
    if (cursor.peek() === '}') {
      if (nested) cursor.i++;
      if (nested) return nodes;
      cursor.i++;
      continue;
    }
    const offset = cursor.i;
    const name = cursor.peek() === '"' ? cursor.quoted() : cursor.identifier();
    if (name === '') {
      // Not something this outline follows: skip to the next line.
      cursor.skipTo('\n');
      continue;
    }
    cursor.skipTrivia(false);
    if (cursor.peek() === '=' && cursor.peek(1) !== '=') {
      cursor.i++;
      cursor.expression();
      nodes.push({ name, kind: 'attribute', labels: [], offset, children: [] });
      continue;
    }
    const labels: string[] = [];
    while (!cursor.done && cursor.peek() !== '{' && cursor.peek() !== '\n') {
      labels.push(cursor.peek() === '"' ? cursor.quoted() : cursor.identifier() || (cursor.i++, ''));
      cursor.skipTrivia(false);
    }
    if (cursor.peek() !== '{') continue;
    cursor.i++;
    nodes.push({ name, kind: 'block', labels: labels.filter((l) => l !== ''), offset, children: body(cursor, true) });
  }
}

/** The top-level blocks and attributes of an HCL file, with their nested structure. */
export function outlineHcl(text: string): OutlineNode[] {
  return body(new Cursor(text), false);
}
