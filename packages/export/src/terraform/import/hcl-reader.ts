import { setOwn } from '../../plan/own.js';

/*
 * A fast reader for the HCL Pipewright writes and most hand-written Terraform uses, giving
 * exactly what hcl2json gives (HashiCorp's parser in WASM, then tmccombs/hcl2json's
 * conversion: blocks as lists under their labels, keys sorted, literals as values, every other
 * expression as its source in `${...}`). It is about 30x faster than the WASM, which stays the
 * reference: anything this reader is not sure to read as HashiCorp's parser does (a character
 * outside ASCII, a directive, a flush heredoc, a grouping parenthesis, any syntax error) makes it
 * answer `undefined`, and the caller asks hcl2json, which also gives the error and its position.
 * `test/terraform/hcl-reader.test.ts` holds both to the same output on the corpus, our exports,
 * hand-written cases of every construct read here, and mutated files.
 */

/** Thrown (one instance, no stack) when the text leaves what this reader follows. */
const GIVE_UP: unique symbol = Symbol('hcl-reader: ask hcl2json');

function giveUp(): never {
  throw GIVE_UP;
}

const enum Kind {
  /** A number, `true`, `false` or `null`. */
  Literal,
  /** A quoted string or heredoc; `sole` when it is one interpolation and nothing else (`"${x}"`). */
  Template,
  Tuple,
  Object,
  Unary,
  Conditional,
  /** Anything else (traversal, call, operation, for): hcl2json writes its source. */
  Other,
}

interface Expr {
  kind: Kind;
  start: number;
  end: number;
  value?: unknown;
  sole?: Expr;
  operand?: Expr;
  negate?: boolean;
}

/** A body or a level of labels as hcl2json builds it (a Go map: keys sorted when written). */
type Level = Map<string, unknown>;

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isIdentChar(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A Go map as encoding/json writes it, read back by JSON.parse: keys in byte order (ASCII here). */
function sortedObject(level: Level): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of [...level.keys()].sort()) {
    const value = level.get(key);
    setOwn(out, key, value instanceof Map ? sortedObject(value as Level) : value);
  }
  return out;
}

class Reader {
  i = 0;
  /** Inside an interpolation: newlines and comments are left to hcl2json. */
  private inInterpolation = 0;

  constructor(private readonly text: string) {}

  private code(at = this.i): number {
    return at < this.text.length ? this.text.charCodeAt(at) : -1;
  }

  /** Skips spaces, tabs and comments; line ends too when `newlines`. A line comment stops before its line end. */
  private trivia(newlines: boolean): void {
    const text = this.text;
    for (;;) {
      const c = this.code();
      if (c === 32 || c === 9) this.i++;
      else if (c === 10 || c === 13) {
        if (!newlines || this.inInterpolation > 0) return;
        if (c === 13 && this.code(this.i + 1) !== 10) giveUp();
        this.i += c === 13 ? 2 : 1;
      } else if (c === 35 || (c === 47 && this.code(this.i + 1) === 47)) {
        if (this.inInterpolation > 0) giveUp();
        const end = text.indexOf('\n', this.i);
        this.i = end < 0 ? text.length : end;
        if (text.charCodeAt(this.i - 1) === 13) this.i--;
      } else if (c === 47 && this.code(this.i + 1) === 42) {
        const end = text.indexOf('*/', this.i + 2);
        // A block comment over several lines is a line end to HCL: followed only where line ends are spaces.
        if (this.inInterpolation > 0 || end < 0 || (!newlines && text.slice(this.i, end).includes('\n'))) giveUp();
        this.i = end + 2;
      } else return;
    }
  }

  /** After an argument or a block: a line end (consumed), or the end of the file. */
  private lineEnd(): void {
    this.trivia(false);
    const c = this.code();
    if (c === -1) return;
    if (c === 10) this.i++;
    else if (c === 13 && this.code(this.i + 1) === 10) this.i += 2;
    else giveUp();
  }

  private identifier(): string {
    const start = this.i;
    if (!isIdentStart(this.code())) giveUp();
    this.i++;
    while (isIdentChar(this.code())) this.i++;
    return this.text.slice(start, this.i);
  }

  private expect(c: number): void {
    if (this.code() !== c) giveUp();
    this.i++;
  }

  // ---- structure -------------------------------------------------------------------------

  body(nested: boolean): Level {
    const out: Level = new Map();
    const attributes: [string, unknown][] = [];
    const names = new Set<string>();
    for (;;) {
      this.trivia(true);
      const c = this.code();
      if (c === -1) {
        if (nested) giveUp();
        break;
      }
      if (c === 125) {
        if (!nested) giveUp();
        this.i++;
        break;
      }
      const name = this.identifier();
      this.trivia(false);
      if (this.code() === 61 && this.code(this.i + 1) !== 61) {
        this.i++;
        this.trivia(false);
        // Attribute redefined: HCL's error.
        if (names.has(name)) giveUp();
        names.add(name);
        attributes.push([name, this.attributeValue()]);
        continue;
      }
      const labels: string[] = [];
      for (;;) {
        const l = this.code();
        if (l === 34) labels.push(this.label());
        else if (isIdentStart(l)) labels.push(this.identifier());
        else break;
        this.trivia(false);
      }
      this.expect(123);
      this.trivia(false);
      let block: Level;
      if (this.code() === 125) {
        this.i++;
        block = new Map();
      } else if (this.code() !== 10 && this.code() !== 13 && this.code() !== -1) {
        block = this.singleLineBlock();
      } else {
        this.lineEnd();
        if (this.i >= this.text.length) giveUp();
        block = this.body(true);
      }
      this.lineEnd();
      this.addBlock(out, name, labels, block);
    }
    // hcl2json sets the attributes after the blocks: one of the same name replaces a block.
    for (const [name, value] of attributes) out.set(name, value);
    return out;
  }

  /** `name { argument = value }`: HCL allows one argument, and no block, on the line. */
  private singleLineBlock(): Level {
    const name = this.identifier();
    this.trivia(false);
    if (this.code() !== 61 || this.code(this.i + 1) === 61) giveUp();
    this.i++;
    this.trivia(false);
    const value = this.convert(this.expression(true, true));
    this.trivia(false);
    this.expect(125);
    return new Map([[name, value]]);
  }

  /** tmccombs/hcl2json's convertBlock: labels nest as objects, the body goes in a list. */
  private addBlock(out: Level, type: string, labels: string[], block: Level): void {
    let level = out;
    let key = type;
    for (const label of labels) {
      const existing = level.get(key);
      if (existing === undefined) {
        const next: Level = new Map();
        level.set(key, next);
        level = next;
      } else if (existing instanceof Map) level = existing as Level;
      else giveUp(); // hcl2json: "Unable to convert Block to JSON"
      key = label;
    }
    const body = sortedObject(block);
    const existing = level.get(key);
    if (existing === undefined) level.set(key, [body]);
    else if (Array.isArray(existing)) existing.push(body);
    else giveUp(); // hcl2json's Go code panics here
  }

  /** A block label: a quoted string with nothing to unescape. */
  private label(): string {
    const start = ++this.i;
    for (;;) {
      const c = this.code();
      if (c === 34) break;
      if (c === -1 || c === 10 || c === 13 || c === 92 || c === 36 || c === 37) giveUp();
      this.i++;
    }
    return this.text.slice(start, this.i++);
  }

  /** The value of `name = ...` up to its line end (consumed). */
  private attributeValue(): unknown {
    if (this.code() === 60 && this.code(this.i + 1) === 60) return this.heredoc();
    const expr = this.expression(true, true);
    this.lineEnd();
    return this.convert(expr);
  }

  // ---- hcl2json's conversion --------------------------------------------------------------

  /** tmccombs/hcl2json's convertExpression. */
  private convert(expr: Expr): unknown {
    switch (expr.kind) {
      case Kind.Literal:
      case Kind.Tuple:
      case Kind.Object:
        return expr.value;
      case Kind.Template:
        return expr.sole ? this.convertSole(expr.sole) : expr.value;
      case Kind.Unary:
        return this.convertUnary(expr);
      default:
        return this.source(expr);
    }
  }

  /** `"${x}"`: hcl2json converts the inner expression as if it stood alone. */
  private convertSole(inner: Expr): unknown {
    if (inner.kind === Kind.Other || inner.kind === Kind.Conditional) return this.source(inner);
    if (inner.kind === Kind.Unary) return this.convertUnary(inner);
    return giveUp();
  }

  private convertUnary(expr: Expr): unknown {
    const operand = expr.operand as Expr;
    if (operand.kind !== Kind.Literal) return this.source(expr);
    const value = operand.value;
    if (expr.negate && typeof value === 'number') return -value;
    if (!expr.negate && typeof value === 'boolean') return !value;
    return giveUp();
  }

  /** An expression as hcl2json writes it: its source in `${...}`. */
  private source(expr: Expr): string {
    const end = this.code(expr.end) === 41 ? expr.end + 1 : expr.end; // hcl2json's rangeSource
    return '${' + this.text.slice(expr.start, end) + '}';
  }

  // ---- expressions --------------------------------------------------------------------------

  /**
   * An expression; `newlines`: a line end ends it (an argument, an object item), else line ends
   * are spaces (inside brackets and calls). `convert`: tuples and objects give their value.
   */
  private expression(newlines: boolean, convert: boolean): Expr {
    const condition = this.binary(newlines, convert);
    this.trivia(!newlines);
    if (this.code() !== 63) return condition;
    this.i++;
    this.trivia(!newlines);
    this.expression(newlines, false);
    this.trivia(!newlines);
    this.expect(58);
    this.trivia(!newlines);
    const otherwise = this.expression(newlines, false);
    return { kind: Kind.Conditional, start: condition.start, end: otherwise.end };
  }

  /** The length of the binary operator at the cursor, or 0. */
  private operator(): number {
    const c = this.code();
    const next = this.code(this.i + 1);
    switch (c) {
      case 61: // ==
        return next === 61 ? 2 : 0;
      case 33: // !=
        return next === 61 ? 2 : 0;
      case 60: // < <=
        if (next === 60) giveUp();
        return next === 61 ? 2 : 1;
      case 62: // > >=
        return next === 61 ? 2 : 1;
      case 38: // &&
        return next === 38 ? 2 : giveUp();
      case 124: // ||
        return next === 124 ? 2 : giveUp();
      case 43:
      case 45:
      case 42:
      case 37:
        return 1;
      case 47: // a comment was skipped before
        return 1;
      default:
        return 0;
    }
  }

  private binary(newlines: boolean, convert: boolean): Expr {
    const first = this.unary(newlines, convert);
    let last = first;
    for (;;) {
      const before = this.i;
      this.trivia(!newlines);
      const length = this.operator();
      if (length === 0) {
        this.i = before;
        break;
      }
      this.i += length;
      this.trivia(!newlines);
      last = this.unary(newlines, false);
    }
    return last === first ? first : { kind: Kind.Other, start: first.start, end: last.end };
  }

  private unary(newlines: boolean, convert: boolean): Expr {
    const c = this.code();
    if (c === 45 || c === 33) {
      const start = this.i++;
      this.trivia(!newlines);
      const operand = this.unary(newlines, false);
      return { kind: Kind.Unary, start, end: operand.end, operand, negate: c === 45 };
    }
    return this.postfix(convert);
  }

  /** A term with what follows it directly: `.name`, `[index]`, `.*`, `[*]`. */
  private postfix(convert: boolean): Expr {
    const term = this.term(convert);
    let end = term.end;
    for (;;) {
      const c = this.code();
      if (c === 46) {
        const next = this.code(this.i + 1);
        if (next === 42) this.i += 2;
        else if (next === 46)
          break; // `...` after a call's last argument
        else if (isIdentStart(next)) {
          this.i++;
          this.identifier();
        } else giveUp();
      } else if (c === 91) {
        if (this.code(this.i + 1) === 42 && this.code(this.i + 2) === 93) this.i += 3;
        else {
          this.i++;
          this.trivia(true);
          this.expression(false, false);
          this.trivia(true);
          this.expect(93);
        }
      } else break;
      // Only names and calls are traversed here; an index into a literal is left to hcl2json.
      if (term.kind !== Kind.Other) giveUp();
      end = this.i;
    }
    return end === term.end ? term : { kind: Kind.Other, start: term.start, end };
  }

  private term(convert: boolean): Expr {
    const start = this.i;
    const c = this.code();
    if (isDigit(c)) return this.number();
    if (c === 34) return this.quoted();
    if (c === 91) return this.tuple(convert);
    if (c === 123) return this.object(convert);
    if (!isIdentStart(c)) return giveUp();
    const name = this.identifier();
    const next = this.code();
    if (name === 'true' || name === 'false' || name === 'null') {
      if (next === 46 || next === 91 || next === 40) giveUp();
      return { kind: Kind.Literal, start, end: this.i, value: name === 'null' ? null : name === 'true' };
    }
    if (next === 40) {
      this.call();
      return { kind: Kind.Other, start, end: this.i };
    }
    if (next === 58) giveUp(); // provider::name::function()
    return { kind: Kind.Other, start, end: this.i };
  }

  /** Arguments of a call, from its `(` to its `)` (consumed). */
  private call(): void {
    this.i++;
    this.trivia(true);
    while (this.code() !== 41) {
      this.expression(false, false);
      this.trivia(true);
      if (this.text.startsWith('...', this.i)) {
        this.i += 3;
        this.trivia(true);
        break;
      }
      if (this.code() !== 44) break;
      this.i++;
      this.trivia(true);
    }
    this.expect(41);
  }

  private number(): Expr {
    const start = this.i;
    while (isDigit(this.code())) this.i++;
    if (this.code() === 46) {
      this.i++;
      if (!isDigit(this.code())) giveUp();
      while (isDigit(this.code())) this.i++;
    }
    const next = this.code();
    // Exponents, legacy `a.0.1` indexes, long numbers (cty's big floats): left to hcl2json.
    if (next === 46 || isIdentChar(next) || this.i - start > 15) giveUp();
    return { kind: Kind.Literal, start, end: this.i, value: Number(this.text.slice(start, this.i)) };
  }

  private tuple(convert: boolean): Expr {
    const start = this.i++;
    this.trivia(true);
    if (this.isFor()) return this.forExpression(start, 93);
    const values: unknown[] = [];
    while (this.code() !== 93) {
      const item = this.expression(false, convert);
      if (convert) values.push(this.convert(item));
      this.trivia(true);
      if (this.code() !== 44) break;
      this.i++;
      this.trivia(true);
    }
    this.expect(93);
    return { kind: Kind.Tuple, start, end: this.i, value: values };
  }

  private object(convert: boolean): Expr {
    const start = this.i++;
    this.trivia(true);
    if (this.isFor()) return this.forExpression(start, 125);
    const items: Level = new Map();
    while (this.code() !== 125) {
      let key: string;
      const c = this.code();
      if (c === 34) {
        const quoted = this.quoted();
        if (quoted.sole || typeof quoted.value !== 'string' || quoted.value !== this.literalBody(quoted)) giveUp();
        key = quoted.value;
      } else {
        key = this.identifier();
        if (key === 'true' || key === 'false' || key === 'null' || key === 'for') giveUp();
      }
      this.trivia(false);
      const sep = this.code();
      if (!(sep === 58 || (sep === 61 && this.code(this.i + 1) !== 61 && this.code(this.i + 1) !== 62))) giveUp();
      this.i++;
      this.trivia(false);
      const value = this.expression(true, convert);
      if (convert) items.set(key, this.convert(value));
      this.trivia(false);
      const after = this.code();
      if (after === 44) this.i++;
      else if (after !== 10 && after !== 13 && after !== 125) giveUp();
      this.trivia(true);
    }
    this.i++;
    return { kind: Kind.Object, start, end: this.i, value: convert ? sortedObject(items) : undefined };
  }

  /** A quoted key's text as written: keys with escapes or interpolations are left to hcl2json. */
  private literalBody(expr: Expr): string {
    return this.text.slice(expr.start + 1, expr.end - 1);
  }

  private isFor(): boolean {
    return this.text.startsWith('for', this.i) && !isIdentChar(this.code(this.i + 3));
  }

  /** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`, checked only. */
  private forExpression(start: number, close: number): Expr {
    this.i += 3;
    this.trivia(true);
    this.identifier();
    this.trivia(true);
    if (this.code() === 44) {
      this.i++;
      this.trivia(true);
      this.identifier();
      this.trivia(true);
    }
    if (this.identifier() !== 'in') giveUp();
    this.trivia(true);
    this.expression(false, false);
    this.trivia(true);
    this.expect(58);
    this.trivia(true);
    this.expression(false, false);
    this.trivia(true);
    if (close === 125) {
      if (!this.text.startsWith('=>', this.i)) giveUp();
      this.i += 2;
      this.trivia(true);
      this.expression(false, false);
      this.trivia(true);
      if (this.text.startsWith('...', this.i)) {
        this.i += 3;
        this.trivia(true);
      }
    }
    if (this.text.startsWith('if', this.i) && !isIdentChar(this.code(this.i + 2))) {
      this.i += 2;
      this.trivia(true);
      this.expression(false, false);
      this.trivia(true);
    }
    this.expect(close);
    return { kind: Kind.Other, start, end: this.i };
  }

  // ---- templates ------------------------------------------------------------------------------

  /** A quoted template from its `"`: its value as hcl2json's convertTemplate gives it. */
  private quoted(): Expr {
    const start = this.i++;
    const parts = this.template(34);
    this.i++;
    return this.templateExpr(start, parts);
  }

  /** `<<EOT` ... `EOT` as an argument's whole value, up to and with its line end. */
  private heredoc(): unknown {
    const start = this.i;
    this.i += 2;
    if (this.code() === 45) giveUp(); // <<-: HCL's indentation stripping is left to hcl2json
    const marker = this.identifier();
    if (this.code() !== 10) giveUp();
    this.i++;
    const bodyStart = this.i;
    const text = this.text;
    let end = -1;
    for (let line = bodyStart; line < text.length;) {
      let lineEnd = text.indexOf('\n', line);
      if (lineEnd < 0) lineEnd = text.length;
      const content = text.slice(line, lineEnd);
      // The closing marker may be indented (the text above keeps its own indentation).
      if (content.endsWith(marker) && /^[ \t]*$/.test(content.slice(0, content.length - marker.length))) {
        end = line;
        this.i = Math.min(lineEnd + 1, text.length);
        break;
      }
      if (content.trim() === marker || content.includes('\r')) giveUp();
      line = lineEnd + 1;
    }
    if (end < 0) giveUp();
    const after = this.i;
    this.i = bodyStart;
    const parts = this.template(-1, end);
    this.i = after;
    const expr = this.templateExpr(start, parts);
    return this.convert(expr);
  }

  /** Parts of a template: literal strings and interpolations, up to `close` (a quote) or `limit`. */
  private template(close: number, limit = this.text.length): (string | Expr)[] {
    const text = this.text;
    const parts: (string | Expr)[] = [];
    let literal = '';
    let run = this.i;
    const quoted = close === 34;
    for (;;) {
      if (this.i >= limit) {
        if (quoted) giveUp();
        break;
      }
      const c = text.charCodeAt(this.i);
      if (c === close) break;
      if (c === 36 || c === 37 || (quoted && (c === 92 || c === 10 || c === 13))) {
        literal += text.slice(run, this.i);
        const next = this.code(this.i + 1);
        if (c === 10 || c === 13) giveUp();
        if (c === 92) {
          literal += this.escape();
        } else if (next === 123) {
          if (c === 37) giveUp(); // a directive
          if (literal !== '') parts.push(literal);
          literal = '';
          parts.push(this.interpolation());
        } else if (next === c) {
          // `$${` and `%%{`, the escapes of `${` and `%{`, stay as written in hcl2json's value (it is
          // template source); a doubled sign before anything else is left to hcl2json.
          if (this.code(this.i + 2) !== 123) giveUp();
          literal += c === 36 ? '$${' : '%%{';
          this.i += 3;
        } else {
          literal += c === 36 ? '$' : '%';
          this.i++;
        }
        run = this.i;
      } else this.i++;
    }
    literal += text.slice(run, this.i);
    if (literal !== '') parts.push(literal);
    return parts;
  }

  private escape(): string {
    const c = this.code(this.i + 1);
    this.i += 2;
    switch (c) {
      case 110:
        return '\n';
      case 114:
        return '\r';
      case 116:
        return '\t';
      case 34:
        return '"';
      case 92:
        return '\\';
      case 117: {
        const hex = this.text.slice(this.i, this.i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) giveUp();
        const code = parseInt(hex, 16);
        if (code >= 0x80) giveUp();
        this.i += 4;
        return String.fromCharCode(code);
      }
      default:
        return giveUp();
    }
  }

  /** `${ expression }` from its `$`, checked; the expression is returned for the conversion. */
  private interpolation(): Expr {
    this.i += 2;
    this.inInterpolation++;
    this.trivia(false);
    if (this.code() === 126) giveUp(); // strip markers
    const inner = this.expression(true, false);
    this.trivia(false);
    this.expect(125);
    this.inInterpolation--;
    return inner;
  }

  /** hcl2json's convertTemplate (and its TemplateWrapExpr case for `"${x}"`). */
  private templateExpr(start: number, parts: (string | Expr)[]): Expr {
    const end = this.i;
    const [only] = parts;
    if (parts.length === 1 && typeof only !== 'string' && only) return { kind: Kind.Template, start, end, sole: only };
    let value = '';
    for (const part of parts) {
      if (typeof part === 'string') value += part;
      else if (part.kind === Kind.Other || part.kind === Kind.Tuple || part.kind === Kind.Object) {
        value += this.source(part);
      } else if (part.kind === Kind.Unary && (part.operand as Expr).kind !== Kind.Literal) {
        value += this.source(part);
      } else giveUp(); // literals, nested templates, conditionals: hcl2json has rules of its own for them
    }
    return { kind: Kind.Template, start, end, value };
  }
}

/**
 * The hcl2json value of `text`, or undefined when this reader leaves the file to hcl2json (see
 * above). Never throws for what the text holds.
 */
export function readHcl(text: string): Record<string, unknown> | undefined {
  // Printable ASCII and line ends only: no Unicode normalization, no column questions.
  if (/[^\t\n\r\u0020-\u007e]/.test(text)) return undefined;
  try {
    return sortedObject(new Reader(text).body(false));
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}
