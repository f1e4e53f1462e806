import { placeableProviders } from '@pipewright/model';
import { useReactFlow } from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { useEditorStoreApi } from '../store/index.js';
import { dropNewActionEdit, providerKey } from './authoring.js';
import { PROVIDER_MIME } from './dnd.js';
import { dropTargetAt, type DropTarget, type PipelineLayout } from './layout.js';

const providersByKey = new Map(placeableProviders().map((p) => [providerKey(p), p]));

export interface PaletteDropHandlers {
  onDragOver: (event: DragEvent) => void;
  onDrop: (event: DragEvent) => void;
  onDragLeave: (event: DragEvent) => void;
}

/**
 * Palette drops (HTML5 drag and drop with a provider key on the dataTransfer): shows where the
 * new action would land while dragging over the canvas, and adds it there on drop.
 */
export function usePaletteDrop(
  layout: PipelineLayout,
  setHint: (hint: DropTarget | null) => void,
): PaletteDropHandlers {
  const store = useEditorStoreApi();
  const flow = useReactFlow();
  const dropTargetFor = useCallback(
    (event: DragEvent) => dropTargetAt(layout, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY })),
    [layout, flow],
  );
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(PROVIDER_MIME)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setHint(dropTargetFor(event));
    },
    [dropTargetFor, setHint],
  );
  const onDrop = useCallback(
    (event: DragEvent) => {
      setHint(null);
      const spec = providersByKey.get(event.dataTransfer.getData(PROVIDER_MIME));
      if (!spec) return;
      event.preventDefault();
      const { pipeline, dispatch } = store.getState();
      dispatch(dropNewActionEdit(pipeline, spec, dropTargetFor(event)));
    },
    [dropTargetFor, setHint, store],
  );
  // Leaving the canvas itself (not moving between its children) hides the hint.
  const onDragLeave = useCallback(
    (event: DragEvent) => {
      if (event.currentTarget === event.target) setHint(null);
    },
    [setHint],
  );
  return { onDragOver, onDrop, onDragLeave };
}
