/**
 * Offsets to 1-based line and column, the one place every importer turns an offset into a
 * position. `\r\n`, `\n` and a lone `\r` each end a line; columns count UTF-16 code units
 * from the line start. The line starts are found on the first query (a binary search over
 * them answers each one after that), so a file read without a problem never pays for them.
 */
export class LineIndex {
  /** `starts`: the text's line starts when a scan of it has found them already (JsonOffsets). */
  constructor(
    private readonly text: string,
    private starts?: number[],
  ) {}

  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  }

  /** The text of a 1-based line without its line end (undefined past the last line). */
  lineText(line: number): string | undefined {
    const starts = this.lineStarts();
    const start = starts[line - 1];
    if (start === undefined) return undefined;
    const next = starts[line];
    const text = this.text.slice(start, next ?? this.text.length);
    return text.replace(/\r?\n$|\r$/, '');
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const { text } = this;
    const starts = [0];
    // Most files have no `\r`: native indexOf finds each line end without a loop over every character.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 /* \r */) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (c === 10 /* \n */) {
          starts.push(i + 1);
        }
      }
    }
    this.starts = starts;
    return starts;
  }
}

/** The position of one offset, for a caller that reports a single error (no index kept). */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  return new LineIndex(text).position(offset);
}
