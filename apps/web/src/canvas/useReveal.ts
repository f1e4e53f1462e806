import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, type RefObject } from 'react';
import type { PipelineLayout } from './layout.js';
import { REVEAL_EVENT } from './reveal.js';
import { boxOf, viewportShowing, type ViewTarget } from './viewTargets.js';

/**
 * Shows an element of the layout (pans, and zooms in to a readable zoom when further out); also
 * answers revealOnCanvas requests dispatched on the canvas element. Returns the reveal function.
 */
export function useReveal(canvas: RefObject<HTMLElement | null>, layout: PipelineLayout): (target: ViewTarget) => void {
  const flow = useReactFlow();
  const reveal = useCallback(
    (target: ViewTarget) => {
      const element = canvas.current;
      const box = boxOf(layout, target);
      if (!element || !box) return;
      void flow.setViewport(viewportShowing(box, element.clientWidth, element.clientHeight, flow.getZoom()));
    },
    [canvas, layout, flow],
  );
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const onReveal = (event: Event) => reveal((event as CustomEvent<ViewTarget>).detail);
    element.addEventListener(REVEAL_EVENT, onReveal);
    return () => element.removeEventListener(REVEAL_EVENT, onReveal);
  }, [canvas, reveal]);
  return reveal;
}
