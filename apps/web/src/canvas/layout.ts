import {
  artifactProducers,
  effectiveRunOrder,
  literal,
  runsBefore,
  usedBeforeProduced,
  type Action,
  type Pipeline,
} from '@pipewright/model';

/*
 * The canvas layout, derived from the pipeline's structure alone (stage order,
 * run order, artifact names) by one pure function. Nothing here is stored in the
 * document, so no positions leak into exports.
 *
 *   lane 0            lane 1                       + add stage
 *   [Source]          [Build]        [Test]
 *    col runOrder 1    col 1   col 2   ...
 *    actions stacked when they share a run order (parallel)
 */

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 76;
export const COLUMN_GAP = 84;
export const ROW_GAP = 18;
export const LANE_PAD_X = 28;
export const LANE_HEADER = 52;
export const LANE_PAD_Y = 18;
export const LANE_GAP = 48;
export const MIN_LANE_ROWS = 2;

export interface ColumnLayout {
  runOrder: number;
  /** Left edge of the column's nodes, in flow coordinates. */
  x: number;
}

export interface LaneLayout {
  id: string;
  stage: number;
  x: number;
  y: number;
  width: number;
  height: number;
  columns: ColumnLayout[];
  /** Drawn narrow, without its actions (a view state: collapse/collapseLanes.ts). */
  collapsed?: boolean;
}

export interface ActionLayout {
  id: string;
  stage: number;
  action: number;
  column: number;
  runOrder: number;
  x: number;
  y: number;
}

export interface EdgeLayout {
  id: string;
  source: string;
  target: string;
  artifact: string;
  /**
   * No producer of the artifact runs before the consumer, and this one does not either: what
   * the validator's `artifact-input-order` reports (the model's `usedBeforeProduced`).
   */
  backwards: boolean;
  /**
   * Set when columns lie between producer and consumer: the edge runs along this
   * line below the lanes instead of across the actions in between.
   */
  corridorY?: number;
}

export interface PipelineLayout {
  lanes: LaneLayout[];
  actions: ActionLayout[];
  edges: EdgeLayout[];
  /** Input artifacts no action produces, by consumer node id. */
  dangling: ReadonlyMap<string, string[]>;
  /** The "add stage" drop lane after the last stage. */
  addLane: { x: number; y: number; width: number; height: number };
  width: number;
  /** Height of the lanes. */
  height: number;
  /** Height including the edge corridors below the lanes. */
  totalHeight: number;
}

/** Space between the lanes' bottom and the first edge corridor, and between corridors. */
export const CORRIDOR_GAP = 22;
export const CORRIDOR_STEP = 10;
const CORRIDOR_TRACKS = 4;

export const actionNodeId = (stage: number, action: number): string => `a:${stage}:${action}`;
export const laneNodeId = (stage: number): string => `s:${stage}`;

/** Parses an action node id back into its indices. */
export function parseActionNodeId(id: string): { stage: number; action: number } | undefined {
  const match = /^a:(\d+):(\d+)$/.exec(id);
  return match ? { stage: Number(match[1]), action: Number(match[2]) } : undefined;
}

/**
 * The run order an action's column is drawn at: the model's effective run order, with an
 * unknown one (an expression) drawn in the first column. Only where it is drawn: whether it
 * runs before another action is the model's `runsBefore`, which claims nothing for it.
 */
export function columnRunOrder(runOrder: unknown): number {
  return effectiveRunOrder(runOrder) ?? 1;
}

/** The artifact names of a list, compared by value (an edit may rebuild the list unchanged). */
function sameArtifactNames(a: Action['inputArtifacts'], b: Action['inputArtifacts']): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((artifact, i) => literal(artifact.name) === literal(b[i]?.name));
}

/**
 * Whether `next` lays out exactly as `previous`: same stages and actions, run orders and
 * artifact names (all the layout reads). Edits copy only the path they change, so untouched
 * stages are skipped by identity and a rename costs one stage's walk, not a new layout.
 */
export function sameLayoutInputs(previous: Pipeline, next: Pipeline): boolean {
  if (previous.stages.length !== next.stages.length) return false;
  return next.stages.every((stage, s) => {
    const before = previous.stages[s];
    if (stage === before) return true;
    if (!before || before.actions.length !== stage.actions.length) return false;
    return stage.actions.every((action, a) => {
      const old = before.actions[a];
      if (action === old) return true;
      return (
        old !== undefined &&
        effectiveRunOrder(old.runOrder) === effectiveRunOrder(action.runOrder) &&
        sameArtifactNames(old.inputArtifacts, action.inputArtifacts) &&
        sameArtifactNames(old.outputArtifacts, action.outputArtifacts)
      );
    });
  });
}

export function layoutPipeline(pipeline: Pipeline): PipelineLayout {
  const lanes: LaneLayout[] = [];
  const actions: ActionLayout[] = [];
  const stacks: number[][] = [];
  let maxRows = MIN_LANE_ROWS;
  let x = 0;

  // Pass 1: columns per stage, horizontal positions and stack depth.
  pipeline.stages.forEach((stage, s) => {
    const orders = [...new Set(stage.actions.map((a) => columnRunOrder(a.runOrder)))].sort((a, b) => a - b);
    const columnCount = Math.max(orders.length, 1);
    const width = LANE_PAD_X * 2 + columnCount * NODE_WIDTH + (columnCount - 1) * COLUMN_GAP;
    const columns = orders.map((runOrder, c) => ({ runOrder, x: x + LANE_PAD_X + c * (NODE_WIDTH + COLUMN_GAP) }));
    const depth = orders.map(() => 0);
    stage.actions.forEach((action, a) => {
      const runOrder = columnRunOrder(action.runOrder);
      const column = orders.indexOf(runOrder);
      const row = depth[column] ?? 0;
      depth[column] = row + 1;
      actions.push({
        id: actionNodeId(s, a),
        stage: s,
        action: a,
        column,
        runOrder,
        x: columns[column]?.x ?? x + LANE_PAD_X,
        y: LANE_HEADER + LANE_PAD_Y + row * (NODE_HEIGHT + ROW_GAP),
      });
    });
    stacks.push(depth);
    maxRows = Math.max(maxRows, ...depth);
    lanes.push({ id: laneNodeId(s), stage: s, x, y: 0, width, height: 0, columns });
    x += width + LANE_GAP;
  });

  // Every lane is as tall as the deepest stack, so the lanes read as one board.
  const height = LANE_HEADER + LANE_PAD_Y * 2 + maxRows * NODE_HEIGHT + (maxRows - 1) * ROW_GAP;
  for (const lane of lanes) lane.height = height;

  const { edges, dangling } = artifactEdges(pipeline);
  const tracks = routeAroundColumns(edges, lanes, actions, height);
  const addLane = { x, y: 0, width: NODE_WIDTH + LANE_PAD_X * 2, height };
  const totalHeight = tracks === 0 ? height : height + CORRIDOR_GAP + tracks * CORRIDOR_STEP;
  return { lanes, actions, edges, dangling, addLane, width: x + addLane.width, height, totalHeight };
}

/**
 * Gives edges that skip over columns a corridor below the lanes (one of a few
 * tracks, by producer, so parallel corridors stay apart). Returns the tracks used.
 */
function routeAroundColumns(edges: EdgeLayout[], lanes: LaneLayout[], actions: ActionLayout[], height: number): number {
  const firstColumn: number[] = [];
  let count = 0;
  for (const lane of lanes) {
    firstColumn.push(count);
    count += Math.max(lane.columns.length, 1);
  }
  const globalColumn = new Map(actions.map((a) => [a.id, (firstColumn[a.stage] ?? 0) + a.column]));
  const trackOf = new Map<string, number>();
  for (const edge of edges) {
    const from = globalColumn.get(edge.source);
    const to = globalColumn.get(edge.target);
    if (edge.backwards || from === undefined || to === undefined || to - from <= 1) continue;
    let track = trackOf.get(edge.source);
    if (track === undefined) {
      track = trackOf.size % CORRIDOR_TRACKS;
      trackOf.set(edge.source, track);
    }
    edge.corridorY = height + CORRIDOR_GAP + track * CORRIDOR_STEP;
  }
  return trackOf.size === 0 ? 0 : Math.min(trackOf.size, CORRIDOR_TRACKS);
}

function artifactEdges(pipeline: Pipeline): { edges: EdgeLayout[]; dangling: Map<string, string[]> } {
  const producers = artifactProducers(pipeline);

  const edges: EdgeLayout[] = [];
  const dangling = new Map<string, string[]>();
  pipeline.stages.forEach((stage, s) =>
    stage.actions.forEach((action, a) => {
      const id = actionNodeId(s, a);
      const consumer = { stageIndex: s, runOrder: effectiveRunOrder(action.runOrder) };
      for (const input of action.inputArtifacts ?? []) {
        const name = literal(input.name);
        if (name === undefined) continue;
        const from = producers.get(name);
        if (!from) {
          dangling.set(id, [...(dangling.get(id) ?? []), name]);
          continue;
        }
        const late = usedBeforeProduced(from, consumer);
        for (const producer of from) {
          const source = actionNodeId(producer.stageIndex, producer.actionIndex);
          if (source === id) continue;
          edges.push({
            id: `${source}>${id}:${name}`,
            source,
            target: id,
            artifact: name,
            backwards: late && !runsBefore(producer, consumer),
          });
        }
      }
    }),
  );
  return { edges, dangling };
}

/** Where a drop at a flow position would put an action. */
export type DropTarget =
  | { kind: 'join'; stage: number; runOrder: number }
  | { kind: 'newStep'; stage: number; runOrder: number; shift: boolean }
  | { kind: 'newStage'; index: number };

/** Horizontal slack around a column within which a drop joins it (parallel). */
const JOIN_SLACK = 12;

export function dropTargetAt(layout: PipelineLayout, point: { x: number; y: number }): DropTarget {
  const { lanes } = layout;
  const last = lanes[lanes.length - 1];
  if (!last || point.x >= last.x + last.width + LANE_GAP / 2) return { kind: 'newStage', index: lanes.length };
  const lane =
    lanes.find((l) => point.x < l.x + l.width + LANE_GAP / 2) ?? last; /* the first lane whose right side is past x */
  const { columns, stage } = lane;
  const first = columns[0];
  if (!first) return { kind: 'join', stage, runOrder: 1 };
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c] as ColumnLayout;
    if (point.x < column.x - JOIN_SLACK) return { kind: 'newStep', stage, runOrder: column.runOrder, shift: true };
    if (point.x <= column.x + NODE_WIDTH + JOIN_SLACK) return { kind: 'join', stage, runOrder: column.runOrder };
  }
  const lastColumn = columns[columns.length - 1] as ColumnLayout;
  return { kind: 'newStep', stage, runOrder: lastColumn.runOrder + 1, shift: false };
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The action a keyboard arrow moves to: the nearest one in that direction,
 * preferring the same row (left/right) or the same column (up/down).
 */
export function neighbourInDirection(layout: PipelineLayout, fromId: string, direction: Direction): string | undefined {
  const from = layout.actions.find((a) => a.id === fromId);
  if (!from) return undefined;
  const horizontal = direction === 'left' || direction === 'right';
  const sign = direction === 'right' || direction === 'down' ? 1 : -1;
  let best: { id: string; score: number } | undefined;
  for (const other of layout.actions) {
    const along = horizontal ? (other.x - from.x) * sign : (other.y - from.y) * sign;
    const across = Math.abs(horizontal ? other.y - from.y : other.x - from.x);
    if (along <= 0 || (!horizontal && across > 0)) continue;
    const score = along + across * 4;
    if (!best || score < best.score) best = { id: other.id, score };
  }
  return best?.id;
}
