/*
 * Where the view opens on a document: the whole layout when it can be read whole, else its
 * start (top left) at a readable zoom, and the user scrolls. Pure, unit-tested; the canvas only
 * applies the result.
 */

/**
 * The lowest zoom at which an action's name (13 px) is still readable: 0.8 draws it at about
 * 10.4 px. A new document never opens smaller than this (the templates used to open at 35-62%).
 */
export const READABLE_ZOOM = 0.8;
/** Adding or removing a stage refits while the whole still fits at this zoom (authoring keeps the new lane in view). */
export const REFIT_MIN_ZOOM = 0.6;
export const FIT_PADDING = 0.06;
export const FIT_MAX_ZOOM = 1;
/** Where a document too large to read whole starts: its top left corner, this far in. */
const START_OFFSET = 24;

export type Viewport = { x: number; y: number; zoom: number };

/**
 * The viewport for a layout in a canvas of `width` x `height`. `newDocument`: a document just
 * opened (import, template, reload) always gets a view; a refit after an edit only when the whole
 * layout fits at a readable zoom (undefined: leave the view as it is).
 */
export function viewportFor(
  layout: { width: number; height: number },
  width: number,
  height: number,
  newDocument: boolean,
): Viewport | undefined {
  if (width === 0 || height === 0) return undefined;
  const pad = 1 + FIT_PADDING * 2;
  const zoom = Math.min(width / (layout.width * pad), height / (layout.height * pad), FIT_MAX_ZOOM);
  if (zoom >= (newDocument ? READABLE_ZOOM : REFIT_MIN_ZOOM)) {
    return { x: (width - layout.width * zoom) / 2, y: (height - layout.height * zoom) / 2, zoom };
  }
  return newDocument ? { x: START_OFFSET, y: START_OFFSET, zoom: READABLE_ZOOM } : undefined;
}
