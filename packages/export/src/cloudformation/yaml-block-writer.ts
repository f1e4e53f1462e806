import { isPlainObject } from '../plan/own.js';
import { tagOf } from './short-form.js';
import { isSafePlain, oneLineDoubleQuoted, shortGetAtt } from './yaml-scalars.js';

/*
 * Writes a template (CFN JSON form) as block YAML straight into a string: byte for byte what
 * yaml-writer.ts gets from the `yaml` package's Document (two-space indent, sequences indented
 * under their key, intrinsics in short form, innermost first), ~15x faster. It gives up with
 * `undefined` where that output takes more than a line per scalar or odd values (a string with a
 * line break, a key over 1,024 characters, a tagged non-string), and the Document writes the
 * template; test/cloudformation/yaml-block.test.ts holds the two to the same bytes.
 */

const GIVE_UP: unique symbol = Symbol('give up');
/** `yaml` writes a longer implicit key as an explicit `? key`. */
const MAX_KEY = 1024;

/** A JSON-like map (class instances, `Map`s and the like are left to `yaml`). */
function isMap(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function string(text: string): string {
  if (isSafePlain(text)) return text;
  const quoted = oneLineDoubleQuoted(text);
  if (quoted === undefined) throw GIVE_UP;
  return quoted;
}

/** A scalar as `yaml` writes it (its stringifyNumber, the core schema's `true`, `false`, `null`). */
function scalar(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return string(value);
    case 'number':
      if (!Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value < 0 ? '-.inf' : '.inf';
      return Object.is(value, -0) ? '-0' : JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      if (value === null) return 'null';
      throw GIVE_UP; // undefined in a list, functions, symbols, bigints
  }
}

/** The keys `yaml` writes: those with a value (it leaves `undefined` out). */
function writtenKeys(map: Record<string, unknown>): string[] {
  const keys = Object.keys(map);
  return keys.some((k) => map[k] === undefined) ? keys.filter((k) => map[k] !== undefined) : keys;
}

interface ShortForm {
  tag: string;
  /** What carries the tag: a string, or the argument list or map. */
  node: unknown;
}

/** The short form of a map that is one intrinsic, as yaml-writer.ts's `replace` makes it (innermost first). */
function shortFormOf(map: Record<string, unknown>, keys: string[]): ShortForm | undefined {
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  if (key !== 'Ref' && key !== 'Condition' && !key.startsWith('Fn::')) return undefined;
  const arg = map[key];
  if (key === 'Fn::GetAtt') {
    const short = shortGetAtt(arg);
    return short === undefined ? undefined : { tag: '!GetAtt', node: short };
  }
  // YAML allows one tag per node: an argument that is itself a short form keeps the long form outside.
  if (isMap(arg) && shortFormOf(arg, writtenKeys(arg))) return undefined;
  return { tag: tagOf(key), node: arg };
}

/** Appends to one string (V8 joins the pieces once, faster than an array of them and `join`). */
class Writer {
  out = '';
  /** Keys repeat (`Name`, `ActionTypeId` ...): each is spelled once per template. */
  private readonly keys = new Map<string, string>();

  /** `value` after `- ` (or the document's start), its continuation lines indented by `indent`. */
  node(value: unknown, indent: string): void {
    if (Array.isArray(value)) {
      this.list(value, indent);
    } else if (typeof value === 'object' && value !== null) {
      if (!isMap(value)) throw GIVE_UP;
      const keys = writtenKeys(value);
      const short = shortFormOf(value, keys);
      if (short) this.shortForm(short, indent);
      else this.map(value, keys, indent);
    } else {
      this.out += scalar(value);
    }
  }

  private shortForm({ tag, node }: ShortForm, indent: string): void {
    if (typeof node === 'string') {
      this.out += `${tag} ${string(node)}`;
      return;
    }
    const nonEmpty = Array.isArray(node) ? node.length > 0 : isMap(node) && writtenKeys(node).length > 0;
    if (!nonEmpty) throw GIVE_UP; // `!Ref 1`, `!If []`: rare, left to `yaml`
    this.out += `${tag}\n${indent}`;
    this.node(node, indent);
  }

  private list(items: unknown[], indent: string): void {
    if (items.length === 0) {
      this.out += '[]';
      return;
    }
    const itemIndent = indent + '  ';
    for (let i = 0; i < items.length; i++) {
      this.out += i > 0 ? `\n${indent}- ` : '- ';
      this.node(items[i], itemIndent);
    }
  }

  private map(map: Record<string, unknown>, keys: string[], indent: string): void {
    if (keys.length === 0) {
      this.out += '{}';
      return;
    }
    const valueIndent = indent + '  ';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      this.out += i > 0 ? `\n${indent}${this.key(key)}:` : `${this.key(key)}:`;
      // A scalar, a short form or an empty collection follows the key; a collection starts below it.
      const item = map[key];
      if (Array.isArray(item) && item.length > 0) {
        this.out += `\n${valueIndent}`;
        this.list(item, valueIndent);
      } else if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
        if (!isMap(item)) throw GIVE_UP;
        const itemKeys = writtenKeys(item);
        const short = shortFormOf(item, itemKeys);
        if (short) {
          this.out += ' ';
          this.shortForm(short, valueIndent);
        } else if (itemKeys.length === 0) {
          this.out += ' {}';
        } else {
          this.out += `\n${valueIndent}`;
          this.map(item, itemKeys, valueIndent);
        }
      } else {
        this.out += ' ';
        this.node(item, valueIndent);
      }
    }
  }

  private key(key: string): string {
    let written = this.keys.get(key);
    if (written === undefined) {
      written = string(key);
      if (written.length > MAX_KEY) throw GIVE_UP;
      this.keys.set(key, written);
    }
    return written;
  }
}

/** The template as `yaml-writer.ts` writes it through the `yaml` Document, or undefined where it leaves that to it. */
export function writeBlockYaml(template: unknown): string | undefined {
  // A template is a map; anything else is left to the Document.
  if (!isMap(template) || shortFormOf(template, writtenKeys(template))) return undefined;
  try {
    const writer = new Writer();
    writer.node(template, '');
    return writer.out + '\n';
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}
