import {
  Background,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  ViewportPortal,
  type NodeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useRef, useState } from 'react';
import { useEditorStore, useEditorStoreApi, usePipeline } from '../store/index.js';
import { CompareGhosts } from '../compare/CompareGhosts.js';
import { ArtifactEdge } from './ArtifactEdge.js';
import { CanvasFind } from './CanvasFind.js';
import { CanvasNotices } from './CanvasNotices.js';
import { DropHint } from './DropHint.js';
import { FitViewButton } from './FitViewButton.js';
import type { FlowNode } from './flowElements.js';
import { LaneMinimap } from './LaneMinimap.js';
import { useCollapsedStages, useSelectionExpandsLane } from './collapse/collapsedLanes.js';
import { parseActionNodeId, type DropTarget } from './layout.js';
import { ActionNode } from './nodes/ActionNode.js';
import { AddLaneNode } from './nodes/AddLaneNode.js';
import { LaneNode } from './nodes/LaneNode.js';
import { CANVAS_ID } from './reveal.js';
import { RepeatBanner } from './structure/StructureBadges.js';
import { useCanvasKeyboard } from './useCanvasKeyboard.js';
import { useConnectArtifacts } from './useConnectArtifacts.js';
import { deriveCanvas, useDerivedElements, type DerivedCanvas } from './useDerivedElements.js';
import { useDragEndClears } from './useDragEndClears.js';
import { useFitOnNewDocument } from './useFitOnNewDocument.js';
import { useFocusNode } from './useFocusNode.js';
import { useNodeDrag } from './useNodeDrag.js';
import { useReadableFit } from './useReadableFit.js';
import { useReveal } from './useReveal.js';
import { usePaletteDrop } from './usePaletteDrop.js';
import { useSignalDrawn } from './useSignalDrawn.js';
import './canvas.css';

/*
 * The canvas: a thin adapter between the derived layout and React Flow. Each gesture lives in a
 * hook of its own (palette drop, node drag, keyboard, focus, fit to view) that turns it into a
 * PipelineEdit through ./authoring; the canvas never stores positions.
 */

const nodeTypes = { action: ActionNode, lane: LaneNode, addLane: AddLaneNode };
const edgeTypes = { artifact: ArtifactEdge };

export function Canvas() {
  // React Flow takes the `nodes` prop in an effect, one render after the first paint; handing it
  // the first document's elements at creation draws them in the first render instead.
  const store = useEditorStoreApi();
  const [initial] = useState(() => deriveCanvas(store.getState().pipeline));
  return (
    <ReactFlowProvider initialNodes={initial.elements.nodes} initialEdges={initial.elements.edges}>
      <CanvasFlow initial={initial} />
    </ReactFlowProvider>
  );
}

function CanvasFlow({ initial }: { initial: DerivedCanvas }) {
  const store = useEditorStoreApi();
  const pipeline = usePipeline();
  const source = useEditorStore((s) => s.source);
  // Seeded with the provider's elements, so the first build reuses them (same objects, no re-adoption).
  const collapsed = useCollapsedStages(pipeline); // a view state: collapse/collapsedLanes.ts
  useSelectionExpandsLane(store);
  const { layout, elements } = useDerivedElements(pipeline, initial, collapsed);

  const [hint, setHint] = useState<DropTarget | null>(null);
  useDragEndClears(useCallback(() => setHint(null), []));
  const { nodes, onNodesChange, onNodeDrag, onNodeDragStop } = useNodeDrag(layout, elements.nodes, setHint);
  const paletteDrop = usePaletteDrop(layout, setHint);
  const onKeyDown = useCanvasKeyboard(layout, useFocusNode(layout));
  const canvasRef = useRef<HTMLDivElement>(null);
  useFitOnNewDocument(canvasRef, source, layout);
  const reveal = useReveal(canvasRef, layout);
  const fitReadable = useReadableFit(canvasRef, layout);
  useSignalDrawn(elements.nodes.length);

  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback(
    (_event, node) => {
      const at = parseActionNodeId(node.id);
      if (at) store.getState().select({ kind: 'action', ...at });
    },
    [store],
  );
  const onPaneClick = useCallback(() => store.getState().select({ kind: 'none' }), [store]);
  const { onConnect, onConnectEnd } = useConnectArtifacts();

  return (
    <div
      className="pw-canvas"
      id={CANVAS_ID}
      ref={canvasRef}
      tabIndex={-1}
      role="region"
      aria-label="Pipeline canvas"
      onKeyDown={onKeyDown}
      onDragLeave={paletteDrop.onDragLeave}
    >
      <ReactFlow<FlowNode>
        nodes={nodes}
        edges={elements.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onNodeClick={onNodeClick}
        onPaneClick={onPaneClick}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onDragOver={paletteDrop.onDragOver}
        onDrop={paletteDrop.onDrop}
        onlyRenderVisibleElements
        elementsSelectable={false}
        nodesConnectable
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        minZoom={0.05}
        maxZoom={2}
        attributionPosition="top-right"
        aria-label="Pipeline canvas"
      >
        <Background gap={24} size={1} color="#d8dee8" />
        <Controls showInteractive={false} showFitView={false} position="bottom-left">
          <FitViewButton onFit={fitReadable} />
        </Controls>
        <LaneMinimap layout={layout} pipeline={pipeline} reveal={reveal} />
        <CanvasFind pipeline={pipeline} layout={layout} reveal={reveal} />
        {hint && (
          <ViewportPortal>
            <DropHint layout={layout} target={hint} />
          </ViewportPortal>
        )}
        <ViewportPortal>
          <CompareGhosts layout={layout} />
        </ViewportPortal>
      </ReactFlow>
      <CanvasNotices />
      <RepeatBanner />
    </div>
  );
}
