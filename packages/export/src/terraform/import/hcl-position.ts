/*
 * HCL reports a position as line and column in its own terms: lines end at `\n` only (a lone
 * `\r` is not a line end in HCL), columns count characters as they are seen (grapheme
 * clusters), not UTF-16 code units. Turned back into an offset, the position is given by the
 * model's line index like every other importer's.
 */

// Made on first use: constructing a segmenter loads ICU data (~12 ms), which every CLI start paid.
let segmenter: Intl.Segmenter | null | undefined;

function graphemeSegmenter(): Intl.Segmenter | undefined {
  segmenter ??=
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null;
  return segmenter ?? undefined;
}

/** The offset of HCL's 1-based `line` and `column` in `text` (clamped to the line's end). */
export function offsetOfHclPosition(text: string, line: number, column: number): number {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const end = text.indexOf('\n', start);
    if (end < 0) return text.length;
    start = end + 1;
  }
  const lineEnd = text.indexOf('\n', start);
  const rest = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  if (column <= 1) return start;
  const segmenter = graphemeSegmenter();
  if (!segmenter) return start + Math.min(column - 1, rest.length);
  let seen = 1;
  for (const { index } of segmenter.segment(rest)) {
    if (seen === column) return start + index;
    seen++;
  }
  return start + rest.length;
}
