import { useLayoutEffect, useState, type RefObject } from 'react';

/*
 * Windowing for long lists of rows of varying height (the problems of a
 * 2,500-action pipeline are ~800 rows): only the rows in view, plus a margin,
 * are rendered; the rows above and below are stood in for by two spacers of
 * the heights returned. Heights are measured once a row has been drawn and
 * estimated before. Short lists are rendered whole.
 */

export interface ListWindowOptions {
  /** Height assumed for a row not drawn yet, in pixels. */
  estimate?: number;
  /** Pixels rendered beyond each edge of the view, so a quick scroll shows rows at once. */
  margin?: number;
  /** Lists this long or shorter are rendered whole. */
  renderAllUpTo?: number;
}

export interface ListWindow {
  /** The rendered rows: `start` (inclusive) to `end` (exclusive). */
  start: number;
  end: number;
  /** Heights of the spacers standing in for the rows before `start` and after `end`. */
  spaceBefore: number;
  spaceAfter: number;
}

/** The rows to render and the space around them, from measured (or estimated) heights. */
export function windowOf(
  heights: readonly (number | undefined)[],
  count: number,
  view: { top: number; height: number },
  estimate: number,
  margin: number,
): ListWindow {
  const from = view.top - margin;
  const to = view.top + view.height + margin;
  let offset = 0;
  let start = count;
  let spaceBefore = 0;
  let end = count;
  for (let i = 0; i < count; i++) {
    const height = heights[i] ?? estimate;
    if (start === count && offset + height > from) {
      start = i;
      spaceBefore = offset;
    }
    if (offset >= to && start !== count) {
      end = i;
      break;
    }
    offset += height;
  }
  let spaceAfter = 0;
  for (let i = end; i < count; i++) spaceAfter += heights[i] ?? estimate;
  if (start === count) return { start: count, end: count, spaceBefore: offset, spaceAfter: 0 };
  return { start, end, spaceBefore, spaceAfter };
}

/** The elements that clip `element` (itself included): those whose overflow is not visible. */
function clippersOf(element: HTMLElement): HTMLElement[] {
  const clippers: HTMLElement[] = [];
  for (let e: HTMLElement | null = element; e; e = e.parentElement) {
    if (getComputedStyle(e).overflowY !== 'visible') clippers.push(e);
  }
  return clippers;
}

/** The part of `list`'s content on screen, in the content's own coordinates (0 = its first row). */
function visibleSpan(list: HTMLElement, clippers: readonly HTMLElement[]): { top: number; height: number } {
  let top = 0;
  let bottom = window.innerHeight;
  for (const e of clippers) {
    const box = e.getBoundingClientRect();
    top = Math.max(top, box.top + e.clientTop);
    bottom = Math.min(bottom, box.top + e.clientTop + e.clientHeight);
  }
  const contentTop = list.getBoundingClientRect().top + list.clientTop - list.scrollTop;
  return { top: top - contentTop, height: Math.max(0, bottom - top) };
}

/**
 * Windows `rows` drawn inside `list`, whichever element scrolls it (the
 * list itself or an ancestor). Each rendered row must carry
 * `data-row-index={index}` so its height is measured; rows are measured again
 * when the array changes (a new array: rows whose content may have changed).
 */
export function useListWindow(
  list: RefObject<HTMLElement | null>,
  rows: readonly unknown[],
  { estimate = 56, margin = 400, renderAllUpTo = 60 }: ListWindowOptions = {},
): ListWindow {
  const [view, setView] = useState({ top: 0, height: 0 });
  // State, not a ref: the window is computed from it during render.
  const [heights, setHeights] = useState<readonly (number | undefined)[]>([]);
  const count = rows.length;
  const whole = count <= renderAllUpTo;

  useLayoutEffect(() => {
    const element = list.current;
    if (!element || whole) return;
    const clippers = clippersOf(element);
    const read = () => setView(visibleSpan(element, clippers));
    read();
    // Scroll events do not bubble: listen in the capture phase for any scrolling ancestor.
    document.addEventListener('scroll', read, { capture: true, passive: true });
    addEventListener('resize', read);
    const resized = new ResizeObserver(read);
    for (const e of clippers) resized.observe(e);
    return () => {
      document.removeEventListener('scroll', read, { capture: true });
      removeEventListener('resize', read);
      resized.disconnect();
    };
  }, [list, whole]);

  // After the rows drawn change, measure them; render again if an estimate was wrong.
  useLayoutEffect(() => {
    const element = list.current;
    if (!element || whole) return;
    let measured: (number | undefined)[] | undefined;
    for (const row of element.querySelectorAll<HTMLElement>('[data-row-index]')) {
      const index = Number(row.dataset.rowIndex);
      const height = row.offsetHeight;
      if ((measured ?? heights)[index] !== height) {
        measured ??= heights.slice(0, count);
        measured[index] = height;
      }
    }
    if (measured) setHeights(measured);
  }, [list, whole, rows, view, heights, count]);

  if (whole) return { start: 0, end: count, spaceBefore: 0, spaceAfter: 0 };
  // Before the first measure of the view, draw one screenful's worth of rows.
  const shown = view.height > 0 ? view : { top: 0, height: 800 };
  return windowOf(heights, count, shown, estimate, margin);
}
