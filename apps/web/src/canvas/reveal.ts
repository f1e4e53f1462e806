import type { ViewTarget } from './viewTargets.js';

/*
 * Asking the canvas to bring an element into view from outside it (the problems list): a DOM event
 * on the canvas element, so the asker needs neither the canvas's React Flow instance nor shared
 * state. useReveal (in the canvas) answers it.
 */

export const REVEAL_EVENT = 'pw-reveal';
/** The canvas region's id (the skip link targets it too). */
export const CANVAS_ID = 'pipeline-canvas';

/** Pans and zooms the canvas to show `target` at a readable zoom; nothing when no canvas is drawn. */
export function revealOnCanvas(target: ViewTarget): void {
  document.getElementById(CANVAS_ID)?.dispatchEvent(new CustomEvent<ViewTarget>(REVEAL_EVENT, { detail: target }));
}
