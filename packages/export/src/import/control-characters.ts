/*
 * Text files never hold C0 control characters other than tab, line feed and carriage
 * return. Finding one (typically every other byte a NUL: UTF-16 without a byte order mark)
 * means the file is not text; the HCL parser would otherwise report each one separately,
 * which takes seconds on a large file.
 */

/** The offset of the first control character other than `\t`, `\n`, `\r`, or undefined. */
export function offsetOfControlCharacter(text: string): number | undefined {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const match = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  return match?.index;
}

export function describeControlCharacter(text: string, offset: number): string {
  const code = text.charCodeAt(offset).toString(16).toUpperCase().padStart(4, '0');
  const hint = code === '0000' ? ' (is the file UTF-16 without a byte order mark? Save it as UTF-8)' : '';
  return `unexpected control character U+${code}: this is not a text file${hint}`;
}
