/*
 * How the YAML writers spell a string: plain only when no YAML reader (1.1 or 1.2, PyYAML
 * included) could take it for anything else, otherwise double-quoted, so hostile values (`: #`,
 * `---`, `yes`, `${`, newlines, unicode line separators) come back unchanged.
 */

const SAFE_PLAIN = /^[A-Za-z](?:[A-Za-z0-9_./@=+-]|:(?! |$)| (?![ #]))*$/;
const KEYWORDS = /^(?:y|n|yes|no|on|off|true|false|null|nan|inf)$/i;

/** Can `text` be written as a plain scalar and read back as the same string by any YAML reader? */
export function isSafePlain(text: string): boolean {
  return SAFE_PLAIN.test(text) && !KEYWORDS.test(text) && !text.endsWith(' ') && !text.endsWith(':');
}

/** `["A", "B"]` of a `Fn::GetAtt` -> `A.B` when `!GetAtt A.B` reads back as that list. */
export function shortGetAtt(arg: unknown): string | undefined {
  if (!Array.isArray(arg) || arg.length !== 2) return undefined;
  const [resource, attribute] = arg as unknown[];
  if (typeof resource !== 'string' || typeof attribute !== 'string') return undefined;
  return /^[A-Za-z0-9]+$/.test(resource) && isSafePlain(attribute) ? `${resource}.${attribute}` : undefined;
}

/** YAML's short escapes for the characters JSON writes as `\u00XX` (as the `yaml` package writes them). */
const SHORT_ESCAPES: Record<string, string> = {
  '0000': '\\0',
  '0007': '\\a',
  '000b': '\\v',
  '001b': '\\e',
  '0085': '\\N',
  '00a0': '\\_',
  '2028': '\\L',
  '2029': '\\P',
};

/**
 * A one-line double-quoted scalar spelled as the `yaml` package spells it (its
 * `doubleQuotedString`): JSON's escapes, `\u00XX` as `\xXX` or YAML's short escape. Undefined
 * for a string with a line break, which `yaml` folds over several lines.
 */
export function oneLineDoubleQuoted(text: string): string | undefined {
  if (text.includes('\n')) return undefined;
  const json = JSON.stringify(text);
  if (!json.includes('\\u')) return json;
  // Escapes are read left to right in pairs, so `\\u0041` (an escaped backslash) stays as it is.
  return json.replace(/\\(?:u([0-9a-f]{4})|.)/g, (escape, code?: string) => {
    if (code === undefined) return escape;
    return SHORT_ESCAPES[code] ?? (code.startsWith('00') ? `\\x${code.slice(2)}` : escape);
  });
}
