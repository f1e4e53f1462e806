import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import { viewportFor } from './fitView.js';
import type { PipelineLayout } from './layout.js';

/**
 * Fits the view to a new document (import, template, bench), not on every edit; refits when
 * stages come or go while the whole pipeline stays readable (./fitView decides).
 */
export function useFitOnNewDocument(
  canvas: RefObject<HTMLElement | null>,
  source: unknown,
  layout: PipelineLayout,
): void {
  const flow = useReactFlow();
  const fitted = useRef<{ source: unknown; stages: number } | null>(null);
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const stages = layout.lanes.length;
    const previous = fitted.current;
    fitted.current = { source, stages };
    const newDocument = previous?.source !== source;
    if (!newDocument && previous?.stages === stages) return;
    const view = viewportFor(layout, element.clientWidth, element.clientHeight, newDocument);
    if (view) void flow.setViewport(view);
  }, [canvas, source, layout, flow]);
}
