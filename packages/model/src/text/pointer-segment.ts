/*
 * The JSON Pointer (RFC 6901) segment escaping every package uses: `~` is written `~0` and
 * `/` is written `~1`. Importers escape a segment per node of a file, so both directions
 * return the segment untouched when there is nothing to replace.
 */

export function escapePointerSegment(segment: string | number): string {
  const text = String(segment);
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

/** `~1` -> `/` first, then `~0` -> `~`, so `~01` stays `~1` (RFC 6901 section 4). */
export function unescapePointerSegment(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}
