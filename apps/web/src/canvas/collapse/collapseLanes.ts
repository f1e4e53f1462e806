import {
  LANE_HEADER,
  LANE_PAD_Y,
  NODE_HEIGHT,
  laneNodeId,
  parseActionNodeId,
  type EdgeLayout,
  type LaneLayout,
  type PipelineLayout,
} from '../layout.js';

/*
 * Collapsed stage lanes, applied to a derived layout (pure, unit-tested): a collapsed lane
 * narrows to show its name and action count, its actions are not drawn, the lanes after it
 * move left, and an artifact edge from or into one of its actions ends at the lane itself.
 * Collapsing is a view state (collapsedLanes.ts), never part of the document.
 *
 *   [Source] ──▶ [Build ▸ 3 actions] ──▶ [Deploy]
 */

export const COLLAPSED_LANE_WIDTH = 184;
/** Where edges meet a collapsed lane: level with its first row of actions. */
export const COLLAPSED_HANDLE_Y = LANE_HEADER + LANE_PAD_Y + NODE_HEIGHT / 2;

export function collapseLanes(layout: PipelineLayout, collapsed: ReadonlySet<number>): PipelineLayout {
  if (collapsed.size === 0 || !layout.lanes.some((lane) => collapsed.has(lane.stage))) return layout;
  const shiftOf = new Map<number, number>();
  let shift = 0;
  const lanes = layout.lanes.map((lane): LaneLayout => {
    shiftOf.set(lane.stage, shift);
    if (collapsed.has(lane.stage)) {
      const narrowed = { ...lane, x: lane.x - shift, width: COLLAPSED_LANE_WIDTH, columns: [], collapsed: true };
      shift += lane.width - COLLAPSED_LANE_WIDTH;
      return narrowed;
    }
    if (shift === 0) return lane;
    return { ...lane, x: lane.x - shift, columns: lane.columns.map((c) => ({ ...c, x: c.x - shift })) };
  });
  const actions = layout.actions
    .filter((action) => !collapsed.has(action.stage))
    .map((action) => {
      const dx = shiftOf.get(action.stage) ?? 0;
      return dx === 0 ? action : { ...action, x: action.x - dx };
    });
  return {
    ...layout,
    lanes,
    actions,
    edges: rerouteEdges(layout.edges, collapsed),
    addLane: { ...layout.addLane, x: layout.addLane.x - shift },
    width: layout.width - shift,
  };
}

/** Edges with their collapsed ends moved to the lane; one per lane pair and artifact, none inside a lane. */
function rerouteEdges(edges: readonly EdgeLayout[], collapsed: ReadonlySet<number>): EdgeLayout[] {
  const endOf = (id: string) => {
    const at = parseActionNodeId(id);
    return at && collapsed.has(at.stage) ? laneNodeId(at.stage) : id;
  };
  const seen = new Set<string>();
  const result: EdgeLayout[] = [];
  for (const edge of edges) {
    const source = endOf(edge.source);
    const target = endOf(edge.target);
    if (source === target) continue;
    if (source === edge.source && target === edge.target) {
      result.push(edge);
      continue;
    }
    const id = `${source}>${target}:${edge.artifact}`;
    if (seen.has(id)) continue;
    seen.add(id);
    result.push({ ...edge, id, source, target });
  }
  return result;
}
