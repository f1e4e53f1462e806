import { scanTemplate, soleExpression } from './template.js';

/*
 * The one escaping function for Terraform output. A literal string becomes a quoted HCL
 * string in which nothing can be read as an interpolation or directive by accident:
 * `${` -> `$${`, `%{` -> `%%{`, quotes, backslashes, newlines and other control characters
 * escaped, every other character (unicode included) kept as it is.
 */
export function escapeLiteral(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if ((ch === '$' || ch === '%') && text[i + 1] === '{') out += ch + ch;
    else if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out;
}

/** A literal string as a quoted HCL string. */
export function hclString(text: string): string {
  return `"${escapeLiteral(text)}"`;
}

/**
 * A Terraform expression kept from an import (in hcl2json's template form) as HCL source:
 * a lone interpolation is written bare (`var.x`), anything else as a quoted template whose
 * literal parts go through `escapeLiteral` and whose interpolations are written back as they were.
 */
export function hclExpression(template: string): string {
  const sole = soleExpression(template);
  if (sole !== undefined) return sole;
  const body = scanTemplate(template)
    .map((s) => (s.kind === 'literal' ? escapeLiteral(s.text) : s.text))
    .join('');
  return `"${body}"`;
}

/** A literal string for the `.tf.json` syntax, where every string is a template. */
export function jsonLiteral(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    out += (ch === '$' || ch === '%') && text[i + 1] === '{' ? ch + ch : ch;
  }
  return out;
}

const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'endif', 'endfor', 'else']);

/** A map key: bare when it is a plain identifier (`ProjectName`), else quoted (`"detail-type"`). */
export function hclKey(key: string): string {
  let identifier = key.length > 0 && !KEYWORDS.has(key);
  for (let i = 0; i < key.length && identifier; i++) {
    const c = key.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    const digit = c >= 48 && c <= 57;
    identifier = letter || (i > 0 && digit);
  }
  return identifier ? key : hclString(key);
}
