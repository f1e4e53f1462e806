import { hclExpression, hclKey } from './escape.js';
import { soleExpression } from './template.js';

/*
 * Literal Terraform collections, the kind a `for_each = ["unit", "lint"]` holds: written as an
 * HCL expression by the importer (hcl2json gives such a `for_each` as data, the model keeps
 * every `for_each` as an expression) and read back by the exports that expand a dynamic block
 * into one block per element, as Terraform would. Anything that is not a literal (a
 * reference, a call other than the type conversions, an interpolation) is unknown here:
 * Terraform decides it when it plans.
 */

/** A value known without Terraform: what a literal collection holds. */
export type KnownValue = string | number | boolean | null | KnownValue[] | { [key: string]: KnownValue };

/** hcl2json data (strings in template form) as one HCL expression: `["unit", "lint"]`, `{ a = 1 }`. */
export function hclLiteralExpression(value: unknown): string | undefined {
  if (typeof value === 'string') return hclExpression(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const items = value.map(hclLiteralExpression);
    return items.every((i) => i !== undefined) ? `[${items.join(', ')}]` : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      const item = hclLiteralExpression(v);
      return item === undefined ? undefined : `${hclKey(k)} = ${item}`;
    });
    if (entries.some((e) => e === undefined)) return undefined;
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return undefined;
}

class Unknown extends Error {}

/** Recursive descent over the literal subset of HCL expressions. */
class LiteralParser {
  private i = 0;
  constructor(private readonly text: string) {}

  parseAll(): KnownValue {
    const value = this.value();
    this.space();
    if (this.i < this.text.length) throw new Unknown();
    return value;
  }

  private space(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i] as string)) this.i++;
  }

  private eat(ch: string): boolean {
    this.space();
    if (this.text[this.i] !== ch) return false;
    this.i++;
    return true;
  }

  private value(): KnownValue {
    this.space();
    const ch = this.text[this.i];
    if (ch === '"') return this.string();
    if (ch === '[') return this.tuple();
    if (ch === '{') return this.object();
    if (ch === '(') {
      this.i++;
      const inner = this.value();
      if (!this.eat(')')) throw new Unknown();
      return inner;
    }
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i));
    if (number) {
      this.i += number[0].length;
      return Number(number[0]);
    }
    const word = /^[A-Za-z_][\w-]*/.exec(this.text.slice(this.i))?.[0];
    if (word === undefined) throw new Unknown();
    this.i += word.length;
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    // The type conversions keep a literal literal; any other name is a reference or a function.
    if (!['toset', 'tolist', 'tomap'].includes(word) || !this.eat('(')) throw new Unknown();
    const inner = this.value();
    if (!this.eat(')')) throw new Unknown();
    return word === 'toset' ? setOf(inner) : inner;
  }

  private string(): string {
    let out = '';
    this.i++;
    while (this.i < this.text.length) {
      const ch = this.text[this.i] as string;
      if (ch === '"') {
        this.i++;
        return out;
      }
      if (this.text.startsWith('$${', this.i) || this.text.startsWith('%%{', this.i)) {
        out += `${this.text[this.i + 1] as string}{`;
        this.i += 3;
        continue;
      }
      // An interpolation or directive: the element is whatever Terraform makes of it.
      if (this.text.startsWith('${', this.i) || this.text.startsWith('%{', this.i)) throw new Unknown();
      if (ch === '\\') {
        const next = this.text[this.i + 1];
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
        if (next !== undefined && simple[next] !== undefined) {
          out += simple[next];
          this.i += 2;
          continue;
        }
        const hex = /^\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/.exec(this.text.slice(this.i));
        if (!hex) throw new Unknown();
        out += String.fromCodePoint(parseInt((hex[1] as string).slice(1), 16));
        this.i += hex[0].length;
        continue;
      }
      out += ch;
      this.i++;
    }
    throw new Unknown();
  }

  private tuple(): KnownValue[] {
    this.i++;
    const items: KnownValue[] = [];
    while (!this.eat(']')) {
      items.push(this.value());
      if (!this.eat(',') && !this.peekIs(']')) throw new Unknown();
    }
    return items;
  }

  private object(): Record<string, KnownValue> {
    this.i++;
    const out: Record<string, KnownValue> = {};
    while (!this.eat('}')) {
      const key = this.key();
      if (!this.eat('=') && !this.eat(':')) throw new Unknown();
      // `__proto__` and friends are plain keys here.
      Object.defineProperty(out, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
      this.eat(',');
    }
    return out;
  }

  /** An object key: a quoted string or a bare identifier. */
  private key(): string {
    this.space();
    if (this.text[this.i] === '"') return this.string();
    const word = /^[A-Za-z_][\w-]*/.exec(this.text.slice(this.i))?.[0];
    if (word === undefined) throw new Unknown();
    this.i += word.length;
    return word;
  }

  private peekIs(ch: string): boolean {
    this.space();
    return this.text[this.i] === ch;
  }
}

/** The lists that are sets (`toset`): their iterator's key is the element, not the index. */
const SETS = new WeakSet<KnownValue[]>();

/** `toset([...])`: strings (or numbers) without repeats, in Terraform's order (lexical, numeric). */
function setOf(value: KnownValue): KnownValue[] {
  if (!Array.isArray(value)) throw new Unknown();
  const marked = (set: KnownValue[]) => (SETS.add(set), set);
  if (value.every((v) => typeof v === 'string')) return marked([...new Set(value)].sort());
  if (value.every((v) => typeof v === 'number')) return marked([...new Set(value)].sort((a, b) => a - b));
  // Sets of objects, or of mixed types, have an order Terraform alone knows.
  throw new Unknown();
}

/** One element of a literal `for_each`: what `<iterator>.key` and `<iterator>.value` are. */
export interface IterationElement {
  key: KnownValue;
  value: KnownValue;
}

/** `local.x` -> its value in the file's `locals` as an HCL expression, wherever a literal is there. */
function withLocals(expression: string, locals: Record<string, unknown>): string {
  return expression.replace(/(^|[^\w.])local\.([A-Za-z_][\w-]*)(?![\w.[-])/g, (whole, before: string, name: string) => {
    const literal = Object.hasOwn(locals, name) ? hclLiteralExpression(locals[name]) : undefined;
    return literal === undefined ? whole : `${before}(${literal})`;
  });
}

/**
 * The elements of a `for_each` (hcl2json template form, `${["a", "b"]}`) when it is a literal
 * collection (also through a `local.x` of `locals`), in the order Terraform makes the blocks;
 * undefined when Terraform decides it. A list's key is the index; a set's key is the element;
 * a map's keys come in lexical order.
 */
export function literalForEach(forEach: string, locals: Record<string, unknown> = {}): IterationElement[] | undefined {
  const sole = soleExpression(forEach);
  if (sole === undefined) return undefined;
  const expression = withLocals(sole, locals);
  let value: KnownValue;
  try {
    value = new LiteralParser(expression.trim()).parseAll();
  } catch (error) {
    if (error instanceof Unknown) return undefined;
    throw error;
  }
  if (Array.isArray(value)) {
    const isSet = SETS.has(value);
    return value.map((v, i) => ({ key: isSet ? v : i, value: v }));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.keys(value)
      .sort()
      .map((k) => ({ key: k, value: (value as Record<string, KnownValue>)[k] as KnownValue }));
  }
  return undefined;
}
