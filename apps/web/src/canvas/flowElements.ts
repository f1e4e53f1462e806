import { literal, type Action, type Pipeline } from '@pipewright/model';
import { MarkerType, Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { accountOfRole, sameAccount } from '../model-views/accounts.js';
import { providerLabel } from './authoring.js';
import { COLLAPSED_HANDLE_Y } from './collapse/collapseLanes.js';
import { NODE_HEIGHT, NODE_WIDTH, type PipelineLayout } from './layout.js';

/*
 * React Flow nodes and edges from the derived layout. Node and edge objects are
 * reused from the previous build when nothing they show has changed, so after an
 * edit of one action React Flow (which compares by identity) re-renders one node,
 * not 2,500.
 */

export interface ActionNodeData extends Record<string, unknown> {
  stage: number;
  action: number;
  name: string;
  provider: string;
  category: string;
  /** Region and/or account, shown only when they differ from the pipeline's. */
  location: string | undefined;
  /** Input artifacts no action produces. */
  dangling: readonly string[];
}

export interface LaneNodeData extends Record<string, unknown> {
  stage: number;
  name: string;
  stageCount: number;
  empty: boolean;
  /** Collapsed (a view state): drawn narrow with its action count, edges end at the lane. */
  collapsed: boolean;
  actionCount: number;
}

export interface AddLaneNodeData extends Record<string, unknown> {
  empty: boolean;
}

export interface ArtifactEdgeData extends Record<string, unknown> {
  artifact: string;
  backwards: boolean;
  /** Route below the lanes at this y (edges that skip over columns). */
  corridorY: number | undefined;
}

export type ActionFlowNode = Node<ActionNodeData, 'action'>;
export type LaneFlowNode = Node<LaneNodeData, 'lane'>;
export type AddLaneFlowNode = Node<AddLaneNodeData, 'addLane'>;
export type FlowNode = ActionFlowNode | LaneFlowNode | AddLaneFlowNode;
export type ArtifactFlowEdge = Edge<ArtifactEdgeData, 'artifact'>;

export const ADD_LANE_ID = 'add-stage';

const ARROW = { type: MarkerType.ArrowClosed, width: 14, height: 14, color: '#64748b' };
const BACKWARDS_ARROW = { ...ARROW, color: '#dc2626' };

/*
 * Sizes and handle geometry are declared, not measured: React Flow renders every node that
 * has no handle bounds yet just to measure it, which for 2,500 actions is most
 * of the first paint. Sizes match .pw-handle in canvas.css.
 */
const HANDLE = 10;
const ACTION_HANDLES: NodeHandle[] = [
  {
    type: 'target',
    position: Position.Left,
    x: -HANDLE / 2,
    y: NODE_HEIGHT / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
  {
    type: 'source',
    position: Position.Right,
    x: NODE_WIDTH - HANDLE / 2,
    y: NODE_HEIGHT / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
];
const NO_HANDLES: NodeHandle[] = [];
/** A collapsed lane stands in for its actions: artifacts go in on its left and out on its right. */
const collapsedLaneHandles = (width: number): NodeHandle[] => {
  const y = COLLAPSED_HANDLE_Y - HANDLE / 2;
  return [
    { type: 'target', position: Position.Left, x: -HANDLE / 2, y, width: HANDLE, height: HANDLE },
    { type: 'source', position: Position.Right, x: width - HANDLE / 2, y, width: HANDLE, height: HANDLE },
  ];
};
/** Known sizes, given as already measured so React Flow counts the nodes initialized (fitView relies on it). */
const ACTION_SIZE = { width: NODE_WIDTH, height: NODE_HEIGHT };

/** Region and account of an action when they differ from the pipeline's (cross-region, cross-account, or an account an expression decides). */
export function actionLocation(pipeline: Pipeline, action: Action): string | undefined {
  const parts: string[] = [];
  const region = literal(action.region);
  if (region) parts.push(region);
  const account = accountOfRole(action.roleArn);
  if (account && !sameAccount(account, accountOfRole(pipeline.roleArn)))
    parts.push(account.kind === 'literal' ? account.account : `account: ${account.hint ?? 'by expression'}`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function shallowEqualData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    const x = a[k];
    const y = b[k];
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
    return Object.is(x, y);
  });
}

function sameNode(a: FlowNode, b: FlowNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.ariaLabel === b.ariaLabel &&
    shallowEqualData(a.data, b.data)
  );
}

export interface FlowElements {
  nodes: FlowNode[];
  edges: ArtifactFlowEdge[];
}

/** The document and layout the previous elements were built from. */
export interface FlowInputs {
  pipeline: Pipeline;
  layout: PipelineLayout;
}

/**
 * After an edit that kept the layout (a rename, a configuration value), the nodes of a stage the
 * edit did not touch (the same stage object: edits share what they leave alone) show what they
 * showed: they are taken as they are, in the order the layout gives them, without building and
 * comparing a new node for each of 2,500 actions.
 */
function untouchedStages(pipeline: Pipeline, layout: PipelineLayout, inputs: FlowInputs | undefined) {
  if (!inputs || inputs.layout !== layout || inputs.pipeline.roleArn !== pipeline.roleArn) return undefined;
  const old = inputs.pipeline.stages;
  return (stage: number) => old[stage] === pipeline.stages[stage];
}

export function buildFlowElements(
  pipeline: Pipeline,
  layout: PipelineLayout,
  previous?: FlowElements,
  previousInputs?: FlowInputs,
): FlowElements {
  const nodes: FlowNode[] = [];
  let before: Map<string, FlowNode> | undefined;
  /** The previous node of the same id (usually at the same position) when it shows the same. */
  const keep = <T extends FlowNode>(node: T): T => {
    let old = previous?.nodes[nodes.length];
    if (old?.id !== node.id) old = (before ??= new Map(previous?.nodes.map((n) => [n.id, n]))).get(node.id);
    return old && sameNode(old, node) ? (old as T) : node;
  };
  const untouched = previous && untouchedStages(pipeline, layout, previousInputs);
  /** The previous node at this position, when its stage is untouched (same layout: same order). */
  const reused = (position: number, id: string, stage: number): FlowNode | undefined => {
    if (!untouched?.(stage)) return undefined;
    const old = previous?.nodes[position];
    return old?.id === id ? old : undefined;
  };

  for (const lane of layout.lanes) {
    const stage = pipeline.stages[lane.stage];
    const same = reused(nodes.length, lane.id, lane.stage);
    if (same) {
      nodes.push(same);
      continue;
    }
    nodes.push(
      keep<LaneFlowNode>({
        id: lane.id,
        type: 'lane',
        position: { x: lane.x, y: lane.y },
        width: lane.width,
        height: lane.height,
        measured: { width: lane.width, height: lane.height },
        zIndex: -1,
        draggable: false,
        selectable: false,
        focusable: false,
        connectable: false,
        handles: lane.collapsed ? collapsedLaneHandles(lane.width) : NO_HANDLES,
        data: {
          stage: lane.stage,
          name: literal(stage?.name) ?? '(expression)',
          stageCount: layout.lanes.length,
          empty: (stage?.actions.length ?? 0) === 0,
          collapsed: lane.collapsed === true,
          actionCount: stage?.actions.length ?? 0,
        },
      }),
    );
  }
  nodes.push(
    keep<AddLaneFlowNode>({
      id: ADD_LANE_ID,
      type: 'addLane',
      position: { x: layout.addLane.x, y: layout.addLane.y },
      width: layout.addLane.width,
      height: layout.addLane.height,
      measured: { width: layout.addLane.width, height: layout.addLane.height },
      zIndex: -1,
      draggable: false,
      selectable: false,
      focusable: false,
      connectable: false,
      handles: NO_HANDLES,
      data: { empty: layout.lanes.length === 0 },
    }),
  );

  for (const item of layout.actions) {
    const action = pipeline.stages[item.stage]?.actions[item.action];
    if (!action) continue;
    const same = reused(nodes.length, item.id, item.stage);
    if (same) {
      nodes.push(same);
      continue;
    }
    const name = literal(action.name) ?? '(expression)';
    const provider = providerLabel(action.actionTypeId);
    const stageName = literal(pipeline.stages[item.stage]?.name) ?? '';
    nodes.push(
      keep<ActionFlowNode>({
        id: item.id,
        type: 'action',
        position: { x: item.x, y: item.y },
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        measured: ACTION_SIZE,
        handles: ACTION_HANDLES,
        ariaLabel: `Action ${name}, ${provider}, stage ${stageName}, run order ${item.runOrder}`,
        data: {
          stage: item.stage,
          action: item.action,
          name,
          provider,
          category: literal(action.actionTypeId.category) ?? 'unknown',
          location: actionLocation(pipeline, action),
          dangling: layout.dangling.get(item.id) ?? [],
        },
      }),
    );
  }

  // Edges are drawn from the layout alone: the same layout, the same edges.
  const edges = untouched && previous ? previous.edges : edgesOf(layout, previous);
  // Same elements, same array: React Flow then skips rebuilding its lookups (and
  // its arrow markers, for the edges) after an edit that changed only one node.
  return {
    nodes: previous && sameItems(previous.nodes, nodes) ? previous.nodes : nodes,
    edges: previous && sameItems(previous.edges, edges) ? previous.edges : edges,
  };
}

function edgesOf(layout: PipelineLayout, previous: FlowElements | undefined): ArtifactFlowEdge[] {
  const edgesBefore = new Map(previous?.edges.map((e) => [e.id, e]));
  return layout.edges.map((e): ArtifactFlowEdge => {
    const old = edgesBefore.get(e.id);
    if (old && old.data?.backwards === e.backwards && old.data.corridorY === e.corridorY) return old;
    return {
      id: e.id,
      type: 'artifact',
      source: e.source,
      target: e.target,
      focusable: false,
      selectable: false,
      markerEnd: e.backwards ? BACKWARDS_ARROW : ARROW,
      data: { artifact: e.artifact, backwards: e.backwards, corridorY: e.corridorY },
    };
  });
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
