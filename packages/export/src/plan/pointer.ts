/** JSON pointer segments <-> string (RFC 6901), kept local so the plan has no other dependency. */
export function pointerOf(segments: readonly (string | number)[]): string {
  // Importers call this for every node of a template: skip the replacements when nothing needs escaping.
  let pointer = '';
  for (const segment of segments) {
    const text = String(segment);
    pointer += '/' + (text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text);
  }
  return pointer;
}

export function segmentsOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
