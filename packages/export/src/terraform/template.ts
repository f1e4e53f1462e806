/*
 * Terraform string templates as hcl2json renders them (and as the `.tf.json` syntax writes
 * them): literal text, `${ expr }` interpolations and `%{ directive }`s, with `$${` and `%%{`
 * as escapes for a literal `${` and `%{`. This scanner is the one place that tells a literal
 * string from an expression; the importer and the emitters both go through it.
 */

export type TemplateSegment =
  /** Decoded literal text (escapes resolved). */
  | { kind: 'literal'; text: string }
  /** An interpolation or directive, exactly as written, delimiters included. */
  | { kind: 'interpolation' | 'directive'; text: string };

/** Index just past the quoted string whose body starts at `from` (nested templates skipped). */
function skipQuoted(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') i += 2;
    else if (ch === '"') return i + 1;
    else if (text.startsWith('$${', i) || text.startsWith('%%{', i)) i += 3;
    else if (text.startsWith('${', i) || text.startsWith('%{', i)) {
      const close = matchingBrace(text, i + 2);
      if (close < 0) return -1;
      i = close + 1;
    } else i++;
  }
  return -1;
}

/** Index of the `}` closing a sequence whose body starts at `from`, or -1. */
function matchingBrace(text: string, from: number): number {
  let depth = 0;
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      i = skipQuoted(text, i + 1);
      if (i < 0) return -1;
      continue;
    }
    if (ch === '{' || ch === '(' || ch === '[') depth++;
    else if (ch === '}' && depth === 0) return i;
    else if (ch === '}' || ch === ')' || ch === ']') depth--;
    i++;
  }
  return -1;
}

export function scanTemplate(template: string): TemplateSegment[] {
  // Every interpolation, directive and escape holds a `{`: most strings have none and are one literal.
  if (!template.includes('{')) return template === '' ? [] : [{ kind: 'literal', text: template }];
  const segments: TemplateSegment[] = [];
  let literal = '';
  const flush = () => {
    if (literal !== '') segments.push({ kind: 'literal', text: literal });
    literal = '';
  };
  let i = 0;
  while (i < template.length) {
    if (template.startsWith('$${', i) || template.startsWith('%%{', i)) {
      literal += template.slice(i + 1, i + 3);
      i += 3;
      continue;
    }
    const opens = template.startsWith('${', i) || template.startsWith('%{', i);
    const close = opens ? matchingBrace(template, i + 2) : -1;
    if (close >= 0) {
      flush();
      segments.push({
        kind: template[i] === '$' ? 'interpolation' : 'directive',
        text: template.slice(i, close + 1),
      });
      i = close + 1;
      continue;
    }
    literal += template[i];
    i++;
  }
  flush();
  return segments;
}

/** Does this template hold an interpolation or directive (i.e. is it an expression, not a literal)? */
export function isExpressionTemplate(template: string): boolean {
  // As in scanTemplate: without a `{` there is nothing but literal text (no segments to build).
  return template.includes('{') && scanTemplate(template).some((s) => s.kind !== 'literal');
}

/** The literal text of a template without expressions (escapes resolved). */
export function literalText(template: string): string {
  if (!template.includes('{')) return template;
  return scanTemplate(template)
    .map((s) => s.text)
    .join('');
}

/**
 * `${var.x}` -> `var.x`: the expression of a template that is exactly one interpolation
 * (HCL gives such a template the expression's own value and type), else undefined.
 */
export function soleExpression(template: string): string | undefined {
  const segments = scanTemplate(template);
  const only = segments.length === 1 ? segments[0] : undefined;
  if (!only || only.kind !== 'interpolation') return undefined;
  const inner = only.text.slice(2, -1);
  // Strip markers (`${~ x ~}`) only make sense inside a template.
  if (inner.startsWith('~') || inner.endsWith('~')) return undefined;
  return inner.trim();
}
