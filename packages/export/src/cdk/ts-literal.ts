/*
 * The one place that writes user text into TypeScript source. Every string goes through
 * `tsString`; every object key through `tsKey`. Nothing user-provided is ever written into
 * a comment or a template literal.
 */

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
  '\0': '\\x00',
};

function hex4(code: number): string {
  return '\\u' + code.toString(16).padStart(4, '0');
}

/** A single-quoted TypeScript string literal that evaluates to exactly `text` (lone surrogates included). */
export function tsString(text: string): string {
  let out = "'";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const code = text.charCodeAt(i);
    const escape = ESCAPES[ch];
    if (escape !== undefined) {
      out += escape;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + text.charAt(i + 1);
        i++;
      } else {
        out += hex4(code);
      }
    } else if (
      (code >= 0xdc00 && code <= 0xdfff) ||
      code < 0x20 ||
      code === 0x7f ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0xfeff
    ) {
      out += hex4(code);
    } else {
      out += ch;
    }
  }
  return out + "'";
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * An object-literal key for `key`. `__proto__` in an object literal (quoted or not) would set
 * the prototype, so it is written as a computed key, which defines a plain own property.
 */
export function tsKey(key: string): string {
  if (key === '__proto__') return `[${tsString(key)}]`;
  return IDENTIFIER.test(key) ? key : tsString(key);
}

/** A TypeScript identifier from any text (for variable names), never a reserved word. */
export function tsIdentifier(text: string, fallback: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
  const camel = words
    .map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
  if (camel === '' || /^[0-9]/.test(camel)) return fallback + camel;
  return RESERVED.has(camel) ? `${camel}Value` : camel;
}

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with as implements interface let package private protected public static yield any boolean constructor declare get module require number set string symbol type from of props scope id pipeline cdk codepipeline events'.split(
    ' ',
  ),
);
