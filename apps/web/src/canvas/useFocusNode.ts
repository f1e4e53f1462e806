import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { nodeElement } from './focusCanvas.js';
import { NODE_HEIGHT, NODE_WIDTH, type PipelineLayout } from './layout.js';

/** The zoom a node is brought into view at, when the view is further out than this. */
const FOCUS_MIN_ZOOM = 0.8;

/**
 * Moves the keyboard to a node's card; a node outside the view (so not rendered) is first
 * brought into view at a readable zoom.
 */
export function useFocusNode(layout: PipelineLayout): (id: string) => void {
  const flow = useReactFlow();
  return useCallback(
    (id: string) => {
      const element = nodeElement(id);
      if (element) {
        element.focus();
        return;
      }
      const item = layout.actions.find((a) => a.id === id);
      if (!item) return;
      void flow
        .setCenter(item.x + NODE_WIDTH / 2, item.y + NODE_HEIGHT / 2, {
          zoom: Math.max(flow.getZoom(), FOCUS_MIN_ZOOM),
        })
        .then(() => requestAnimationFrame(() => nodeElement(id)?.focus()));
    },
    [flow, layout],
  );
}
