import type { Selection } from '../store/index.js';
import { actionNodeId } from './layout.js';

/*
 * Puts the keyboard on the canvas: on the selected action's card when it is drawn, else on the
 * first card, else on the canvas region itself. Used by the skip link and by Escape in the
 * inspector, so the keyboard never has to Tab back through the palette.
 */
export function focusCanvas(selection: Selection): void {
  const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  const selected = selection.kind === 'action' ? node(actionNodeId(selection.stage, selection.action)) : null;
  const target =
    selected ??
    document.querySelector<HTMLElement>('.react-flow__node-action') ??
    document.querySelector<HTMLElement>('.pw-canvas');
  target?.focus();
}
