import type { NodeChange, OnNodeDrag } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { useEditorStoreApi } from '../store/index.js';
import { moveActionEdit } from './authoring.js';
import type { FlowNode } from './flowElements.js';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  dropTargetAt,
  parseActionNodeId,
  type DropTarget,
  type PipelineLayout,
} from './layout.js';

const centreOf = (node: { position: { x: number; y: number } }) => ({
  x: node.position.x + NODE_WIDTH / 2,
  y: node.position.y + NODE_HEIGHT / 2,
});

export interface NodeDrag {
  /** The nodes to draw: the derived ones, with the dragged node at its live position. */
  nodes: FlowNode[];
  onNodesChange: (changes: NodeChange<FlowNode>[]) => void;
  onNodeDrag: OnNodeDrag<FlowNode>;
  onNodeDragStop: OnNodeDrag<FlowNode>;
}

/** Dragging an action card: the card follows the pointer, the hint shows where it lands, the drop moves it. */
export function useNodeDrag(
  layout: PipelineLayout,
  derivedNodes: FlowNode[],
  setHint: (hint: DropTarget | null) => void,
): NodeDrag {
  const store = useEditorStoreApi();
  const [drag, setDrag] = useState<{ id: string; x: number; y: number } | null>(null);
  const nodes = useMemo(
    () =>
      drag
        ? derivedNodes.map((n) => (n.id === drag.id ? { ...n, position: { x: drag.x, y: drag.y } } : n))
        : derivedNodes,
    [derivedNodes, drag],
  );
  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    for (const change of changes) {
      if (change.type === 'position' && change.position && change.dragging) {
        setDrag({ id: change.id, x: change.position.x, y: change.position.y });
      }
    }
  }, []);
  const onNodeDrag: OnNodeDrag<FlowNode> = useCallback(
    (_event, node) => setHint(dropTargetAt(layout, centreOf(node))),
    [layout, setHint],
  );
  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    (_event, node) => {
      setDrag(null);
      setHint(null);
      const from = parseActionNodeId(node.id);
      if (!from) return;
      const { pipeline, dispatch } = store.getState();
      const edit = moveActionEdit(pipeline, from, dropTargetAt(layout, centreOf(node)));
      if (edit) dispatch(edit);
    },
    [layout, store, setHint],
  );
  return { nodes, onNodesChange, onNodeDrag, onNodeDragStop };
}
