import { describe, expect, it } from 'vitest';
import { windowOf } from './listWindow.js';

describe('windowOf', () => {
  const none: (number | undefined)[] = [];

  it('renders the rows in view plus the margin, padding for the rest', () => {
    // 100 rows of 10 px, view at 200..300, margin 50: rows 15..35 are drawn.
    const w = windowOf(none, 100, { top: 200, height: 100 }, 10, 50);
    expect(w).toEqual({ start: 15, end: 35, spaceBefore: 150, spaceAfter: 650 });
    expect(w.spaceBefore + (w.end - w.start) * 10 + w.spaceAfter).toBe(1000);
  });

  it('uses measured heights where known and the estimate elsewhere', () => {
    const heights = [40, 40, 40];
    const w = windowOf(heights, 10, { top: 0, height: 50 }, 10, 0);
    expect(w).toEqual({ start: 0, end: 2, spaceBefore: 0, spaceAfter: 40 + 7 * 10 });
  });

  it('keeps the total height when scrolled to the end, and copes with an empty list', () => {
    const w = windowOf(none, 20, { top: 150, height: 50 }, 10, 0);
    expect(w).toEqual({ start: 15, end: 20, spaceBefore: 150, spaceAfter: 0 });
    expect(windowOf(none, 0, { top: 0, height: 50 }, 10, 0)).toEqual({
      start: 0,
      end: 0,
      spaceBefore: 0,
      spaceAfter: 0,
    });
  });
});
