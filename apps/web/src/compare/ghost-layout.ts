import { LANE_GAP, LANE_PAD_X, NODE_HEIGHT, NODE_WIDTH, type PipelineLayout } from '../canvas/layout.js';
import type { ArtifactLink, GhostAction, GhostStage } from './marks.js';

/*
 * Where compare mode draws what is gone, in flow coordinates (pure): a removed
 * action on a shelf below the lane of its old stage's match, a removed stage as
 * a dashed lane after the last one, holding its removed actions.
 */

export const GHOST_HEIGHT = 44;
const GHOST_GAP = 8;
const SHELF_TOP = 20;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GhostPlacement {
  actions: { ghost: GhostAction; box: Box }[];
  stages: { ghost: GhostStage; box: Box }[];
  /** Removed artifact edges as straight segments between their ends' boxes. */
  edges: { link: ArtifactLink; from: { x: number; y: number }; to: { x: number; y: number } }[];
}

export function placeGhosts(
  layout: PipelineLayout,
  actions: readonly GhostAction[],
  stages: readonly GhostStage[],
  removedEdges: readonly ArtifactLink[],
): GhostPlacement {
  const placed: GhostPlacement = { actions: [], stages: [], edges: [] };
  const boxes = new Map<string, Box>();
  const stageWidth = NODE_WIDTH + LANE_PAD_X * 2;
  const stageX = new Map<number, number>();
  let x = layout.addLane.x + layout.addLane.width + LANE_GAP;
  for (const ghost of stages) {
    const box = { x, y: 0, width: stageWidth, height: Math.max(layout.height, 160) };
    placed.stages.push({ ghost, box });
    stageX.set(ghost.oldStage, x);
    x += stageWidth + LANE_GAP;
  }
  const shelf = new Map<string, number>(); // per lane (or ghost stage): ghosts placed so far
  for (const ghost of actions) {
    const lane = ghost.stage === undefined ? undefined : layout.lanes[ghost.stage];
    const key = lane ? `lane:${lane.stage}` : `ghost:${ghost.oldStage}`;
    const n = shelf.get(key) ?? 0;
    shelf.set(key, n + 1);
    const left = lane ? lane.x + LANE_PAD_X : (stageX.get(ghost.oldStage) ?? x) + LANE_PAD_X;
    const top = lane ? layout.totalHeight + SHELF_TOP : 64;
    const box = { x: left, y: top + n * (GHOST_HEIGHT + GHOST_GAP), width: NODE_WIDTH, height: GHOST_HEIGHT };
    placed.actions.push({ ghost, box });
    boxes.set(ghost.id, box);
  }
  const nodeBox = (id: string): Box | undefined => {
    const ghost = boxes.get(id);
    if (ghost) return ghost;
    const action = layout.actions.find((a) => a.id === id);
    return action ? { x: action.x, y: action.y, width: NODE_WIDTH, height: NODE_HEIGHT } : undefined;
  };
  for (const link of removedEdges) {
    const a = nodeBox(link.source);
    const b = nodeBox(link.target);
    if (!a || !b) continue;
    placed.edges.push({
      link,
      from: { x: a.x + a.width, y: a.y + a.height / 2 },
      to: { x: b.x, y: b.y + b.height / 2 },
    });
  }
  return placed;
}
