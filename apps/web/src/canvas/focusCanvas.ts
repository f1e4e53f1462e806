import type { Selection } from '../store/index.js';
import { actionNodeId } from './layout.js';

/** The drawn card of a node, when it is rendered (only nodes in view are). */
export const nodeElement = (id: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);

/*
 * Puts the keyboard on the canvas: on the selected action's card when it is drawn, else on the
 * first card, else on the canvas region itself. Used by the skip link and by Escape in the
 * inspector, so the keyboard never has to Tab back through the palette.
 */
export function focusCanvas(selection: Selection): void {
  const selected = selection.kind === 'action' ? nodeElement(actionNodeId(selection.stage, selection.action)) : null;
  const target =
    selected ??
    document.querySelector<HTMLElement>('.react-flow__node-action') ??
    document.querySelector<HTMLElement>('.pw-canvas');
  target?.focus();
}
