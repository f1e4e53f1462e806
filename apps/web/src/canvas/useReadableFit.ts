import { useReactFlow } from '@xyflow/react';
import { useCallback, type RefObject } from 'react';
import { useEditorStoreApi } from '../store/index.js';
import type { PipelineLayout } from './layout.js';
import { readableFit, type ViewTarget } from './viewTargets.js';

/**
 * The Fit View button's action: the whole pipeline when it can be read whole, else the selected
 * action or stage, else the first stages, always at a readable zoom (./viewTargets readableFit).
 */
export function useReadableFit(canvas: RefObject<HTMLElement | null>, layout: PipelineLayout): () => void {
  const flow = useReactFlow();
  const store = useEditorStoreApi();
  return useCallback(() => {
    const element = canvas.current;
    if (!element) return;
    const selection = store.getState().selection;
    const selected: ViewTarget | undefined =
      selection.kind === 'action' || selection.kind === 'stage' ? selection : undefined;
    const view = readableFit(layout, selected, element.clientWidth, element.clientHeight);
    if (view) void flow.setViewport(view);
  }, [canvas, layout, flow, store]);
}
