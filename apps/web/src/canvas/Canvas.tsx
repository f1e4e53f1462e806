import {
  Background,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  ViewportPortal,
  useReactFlow,
  type Connection,
  type NodeChange,
  type NodeMouseHandler,
  type OnNodeDrag,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { placeableProviders, type Pipeline } from '@pipewright/model';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useEditorStore, useEditorStoreApi, usePipeline } from '../store/index.js';
import { ArtifactEdge } from './ArtifactEdge.js';
import { connectEdit, dropNewActionEdit, keyboardMoveEdit, moveActionEdit, providerKey } from './authoring.js';
import { DropHint } from './DropHint.js';
import { PROVIDER_MIME } from './dnd.js';
import { buildFlowElements, type FlowElements, type FlowNode } from './flowElements.js';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  actionNodeId,
  dropTargetAt,
  layoutPipeline,
  neighbourInDirection,
  parseActionNodeId,
  sameLayoutInputs,
  type Direction,
  type DropTarget,
  type PipelineLayout,
} from './layout.js';
import { CanvasNotices } from './CanvasNotices.js';
import { RepeatBanner } from './structure/StructureBadges.js';
import { CompareGhosts } from '../compare/CompareGhosts.js';
import { viewportFor } from './fitView.js';
import { useDragEndClears } from './useDragEndClears.js';
import { LaneMinimap } from './LaneMinimap.js';
import { ActionNode } from './nodes/ActionNode.js';
import { AddLaneNode } from './nodes/AddLaneNode.js';
import { LaneNode } from './nodes/LaneNode.js';
import './canvas.css';

/*
 * The canvas: a thin adapter between the derived layout and React Flow. It
 * hit-tests gestures (palette drops, node drags, handle connections, arrow keys)
 * and turns them into PipelineEdits through ./authoring; it never stores positions.
 */

const nodeTypes = { action: ActionNode, lane: LaneNode, addLane: AddLaneNode };
const edgeTypes = { artifact: ArtifactEdge };
const providersByKey = new Map(placeableProviders().map((p) => [providerKey(p), p]));
const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
export function Canvas() {
  // React Flow takes the `nodes` prop in an effect, one render after the first paint; handing it
  // the first document's elements at creation draws them in the first render instead.
  const store = useEditorStoreApi();
  const [initial] = useState((): InitialCanvas => {
    const { pipeline } = store.getState();
    const layout = layoutPipeline(pipeline);
    return { pipeline, layout, elements: buildFlowElements(pipeline, layout) };
  });
  return (
    <ReactFlowProvider initialNodes={initial.elements.nodes} initialEdges={initial.elements.edges}>
      <CanvasFlow initial={initial} />
    </ReactFlowProvider>
  );
}

/** The first document with its layout and elements, computed once for the provider and reused by the flow. */
interface InitialCanvas {
  pipeline: Pipeline;
  layout: PipelineLayout;
  elements: FlowElements;
}

function CanvasFlow({ initial }: { initial: InitialCanvas }) {
  const store = useEditorStoreApi();
  const pipeline = usePipeline();
  const source = useEditorStore((s) => s.source);
  const flow = useReactFlow();
  // The layout is kept when an edit changes nothing it reads (a rename, a configuration value).
  const laidOut = useRef({ pipeline: initial.pipeline, layout: initial.layout });
  const layout = useMemo(() => {
    const last = laidOut.current;
    const next = sameLayoutInputs(last.pipeline, pipeline) ? last.layout : layoutPipeline(pipeline);
    laidOut.current = { pipeline, layout: next };
    return next;
  }, [pipeline]);
  // Seeded with the provider's elements, so the first build reuses them (same objects, no re-adoption).
  const previous = useRef<FlowElements | undefined>(initial.elements);
  const elements = useMemo(() => {
    const next = buildFlowElements(pipeline, layout, previous.current);
    previous.current = next;
    return next;
  }, [pipeline, layout]);

  // While a node is dragged, its live position overrides the derived one.
  const [drag, setDrag] = useState<{ id: string; x: number; y: number } | null>(null);
  const [hint, setHint] = useState<DropTarget | null>(null);
  useDragEndClears(useCallback(() => setHint(null), []));
  const nodes = useMemo<FlowNode[]>(
    () =>
      drag
        ? elements.nodes.map((n) => (n.id === drag.id ? { ...n, position: { x: drag.x, y: drag.y } } : n))
        : elements.nodes,
    [elements.nodes, drag],
  );

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    for (const change of changes) {
      if (change.type === 'position' && change.position && change.dragging) {
        setDrag({ id: change.id, x: change.position.x, y: change.position.y });
      }
    }
  }, []);

  const centreOf = (node: { position: { x: number; y: number } }) => ({
    x: node.position.x + NODE_WIDTH / 2,
    y: node.position.y + NODE_HEIGHT / 2,
  });

  const onNodeDrag: OnNodeDrag<FlowNode> = useCallback(
    (_event, node) => setHint(dropTargetAt(layout, centreOf(node))),
    [layout],
  );

  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    (_event, node) => {
      setDrag(null);
      setHint(null);
      const from = parseActionNodeId(node.id);
      if (!from) return;
      const { pipeline: current, dispatch } = store.getState();
      const edit = moveActionEdit(current, from, dropTargetAt(layout, centreOf(node)));
      if (edit) dispatch(edit);
    },
    [layout, store],
  );

  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback(
    (_event, node) => {
      const at = parseActionNodeId(node.id);
      if (at) store.getState().select({ kind: 'action', ...at });
    },
    [store],
  );

  const onPaneClick = useCallback(() => store.getState().select({ kind: 'none' }), [store]);

  const onConnect = useCallback(
    (connection: Connection) => {
      const { pipeline: current, dispatch, notify } = store.getState();
      const result = connectEdit(current, connection.source, connection.target);
      if (result.ok) dispatch(result.edit);
      else notify(result.reason);
    },
    [store],
  );

  // Palette drops (HTML5 drag and drop with a provider key on the dataTransfer).
  const dropTargetFor = (event: DragEvent) =>
    dropTargetAt(layout, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PROVIDER_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setHint(dropTargetFor(event));
  };
  const onDrop = (event: DragEvent) => {
    setHint(null);
    const spec = providersByKey.get(event.dataTransfer.getData(PROVIDER_MIME));
    if (!spec) return;
    event.preventDefault();
    const { pipeline: current, dispatch } = store.getState();
    dispatch(dropNewActionEdit(current, spec, dropTargetFor(event)));
  };

  // Keyboard: arrows move between actions, Enter edits in the inspector, Escape leaves.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const id = target.classList.contains('react-flow__node') ? target.dataset.id : undefined;
    const at = id ? parseActionNodeId(id) : undefined;
    if (!id || !at) return;
    const direction = ARROWS[event.key];
    if (direction && event.altKey) {
      // Alt+arrows move the action, the keyboard's drag: to the next or previous
      // stage, or one step later or earlier in its stage.
      event.preventDefault();
      const { pipeline: current, dispatch } = store.getState();
      const edit = keyboardMoveEdit(current, layout, at, direction);
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
      requestAnimationFrame(() => store.getState().select(selection, `/stages/${at.stage}/actions/${at.action}/name`));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      // The focused action, selected or not.
      event.preventDefault();
      event.stopPropagation();
      store.getState().dispatch({ kind: 'removeAction', stage: at.stage, action: at.action });
    } else if (event.key === 'Escape') {
      store.getState().select({ kind: 'none' });
      target.closest<HTMLElement>('.pw-canvas')?.focus();
    }
  };

  const focusNode = (id: string) => {
    const find = () => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
    const element = find();
    if (element) {
      element.focus();
      return;
    }
    // Not rendered (outside the viewport): bring it into view, then focus.
    const item = layout.actions.find((a) => a.id === id);
    if (!item) return;
    void flow
      .setCenter(item.x + NODE_WIDTH / 2, item.y + NODE_HEIGHT / 2, { zoom: Math.max(flow.getZoom(), 0.8) })
      .then(() => requestAnimationFrame(() => find()?.focus()));
  };

  // Fit the view to a new document (import, template, bench), not on every edit;
  // refit when stages come or go while the whole pipeline stays readable.
  const canvasRef = useRef<HTMLDivElement>(null);
  const fitted = useRef<{ source: unknown; stages: number } | null>(null);
  useEffect(() => {
    const element = canvasRef.current;
    if (!element) return;
    const stages = layout.lanes.length;
    const previous = fitted.current;
    fitted.current = { source, stages };
    const newDocument = previous?.source !== source;
    if (!newDocument && previous?.stages === stages) return;
    const view = viewportFor(layout, element.clientWidth, element.clientHeight, newDocument);
    if (view) void flow.setViewport(view);
  }, [source, layout, flow]);

  // Tell the benchmark the first nodes are on screen.
  useEffect(() => {
    if (elements.nodes.length === 0 || document.body.dataset.drawn) return;
    const frame = requestAnimationFrame(() => {
      if (document.querySelector('.react-flow__node')) document.body.dataset.drawn = '1';
    });
    return () => cancelAnimationFrame(frame);
  }, [elements.nodes]);

  return (
    <div
      className="pw-canvas"
      id="pipeline-canvas"
      ref={canvasRef}
      tabIndex={-1}
      role="region"
      aria-label="Pipeline canvas"
      onKeyDown={onKeyDown}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setHint(null);
      }}
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
        onDragOver={onDragOver}
        onDrop={onDrop}
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
        <Controls showInteractive={false} position="bottom-left" />
        <LaneMinimap layout={layout} pipeline={pipeline} />
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
