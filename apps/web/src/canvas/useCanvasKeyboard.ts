import { useCallback, type KeyboardEvent } from 'react';
import { useEditorStoreApi } from '../store/index.js';
import { keyboardMoveEdit } from './authoring.js';
import {
  actionNodeId,
  neighbourInDirection,
  parseActionNodeId,
  type Direction,
  type PipelineLayout,
} from './layout.js';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The canvas's keys on a focused action card: arrows move to the nearest action, Alt+arrows move
 * the action itself, Enter edits it in the inspector, Delete removes it, Escape leaves it.
 */
export function useCanvasKeyboard(
  layout: PipelineLayout,
  focusNode: (id: string) => void,
): (event: KeyboardEvent<HTMLElement>) => void {
  const store = useEditorStoreApi();
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      const id = target.classList.contains('react-flow__node') ? target.dataset.id : undefined;
      const at = id ? parseActionNodeId(id) : undefined;
      if (!id || !at) return;
      const direction = ARROWS[event.key];
      if (direction && event.altKey) {
        // The keyboard's drag: to the next or previous stage, or one step later or earlier in its stage.
        event.preventDefault();
        const { pipeline, dispatch } = store.getState();
        const edit = keyboardMoveEdit(pipeline, layout, at, direction);
        if (edit && dispatch(edit)) {
          requestAnimationFrame(() => {
            const selection = store.getState().selection;
            if (selection.kind === 'action') focusNode(actionNodeId(selection.stage, selection.action));
          });
        }
      } else if (direction) {
        event.preventDefault();
        const next = neighbourInDirection(layout, id, direction);
        if (next) focusNode(next);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        // Select, then ask the inspector to focus the name on the next frame: a fresh
        // request even when the same field was asked for before.
        const selection = { kind: 'action', ...at } as const;
        store.getState().select(selection);
        requestAnimationFrame(() =>
          store.getState().select(selection, `/stages/${at.stage}/actions/${at.action}/name`),
        );
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        // The focused action, selected or not.
        event.preventDefault();
        event.stopPropagation();
        store.getState().dispatch({ kind: 'removeAction', stage: at.stage, action: at.action });
      } else if (event.key === 'Escape') {
        store.getState().select({ kind: 'none' });
        target.closest<HTMLElement>('.pw-canvas')?.focus();
      }
    },
    [store, layout, focusNode],
  );
}
