import { READABLE_ZOOM, type Viewport } from './fitView.js';
import { NODE_HEIGHT, NODE_WIDTH, actionNodeId, type PipelineLayout } from './layout.js';

/*
 * Where the view goes to show one element (a problem clicked, a find match, a stage in the
 * overview, Fit View on a selection): the element's box in flow coordinates, and the viewport that
 * shows it at a readable zoom. Pure; the canvas applies the result.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What can be shown: an action card or a stage lane (by index, as the selection addresses them). */
export type ViewTarget = { kind: 'action'; stage: number; action: number } | { kind: 'stage'; stage: number };

/** Room kept around a shown element, in screen pixels. */
const MARGIN = 48;

/** The box of an action card or of a stage's lane; undefined when the layout has no such element. */
export function boxOf(layout: PipelineLayout, target: ViewTarget): Box | undefined {
  if (target.kind === 'action') {
    const id = actionNodeId(target.stage, target.action);
    const item = layout.actions.find((a) => a.id === id);
    // Not drawn (its lane is collapsed): show the lane it is in.
    return item
      ? { x: item.x, y: item.y, width: NODE_WIDTH, height: NODE_HEIGHT }
      : boxOf(layout, { kind: 'stage', stage: target.stage });
  }
  const lane = layout.lanes.find((l) => l.stage === target.stage);
  return lane && { x: lane.x, y: lane.y, width: lane.width, height: lane.height };
}

/**
 * The viewport showing `box` in a canvas of `width` x `height`: centred at the current zoom, or at
 * a readable zoom when the view is further out than that. A box too large for the canvas at that
 * zoom (a wide stage) is shown from its top left corner, where its name is.
 */
export function viewportShowing(box: Box, width: number, height: number, zoom: number): Viewport {
  const z = Math.max(zoom, READABLE_ZOOM);
  const fitsAcross = box.width * z + MARGIN * 2 <= width;
  const fitsDown = box.height * z + MARGIN * 2 <= height;
  const x = fitsAcross ? width / 2 - (box.x + box.width / 2) * z : MARGIN - box.x * z;
  const y = fitsDown ? height / 2 - (box.y + box.height / 2) * z : MARGIN - box.y * z;
  return { x, y, zoom: z };
}

/** True when `box` is wholly on screen in `view` (a canvas of `width` x `height`) at a readable zoom. */
export function isShown(box: Box, view: Viewport, width: number, height: number): boolean {
  if (view.zoom < READABLE_ZOOM) return false;
  const left = box.x * view.zoom + view.x;
  const top = box.y * view.zoom + view.y;
  return left >= 0 && top >= 0 && left + box.width * view.zoom <= width && top + box.height * view.zoom <= height;
}

/**
 * Fit View for a layout that may be too large to read whole: the whole of it when that is readable
 * (down to `READABLE_ZOOM`), else the selected element, else the first stages from the top left,
 * at a readable zoom. Never the 5% overview of a 2,500-action pipeline (the minimap is the overview).
 */
export function readableFit(
  layout: PipelineLayout,
  selected: ViewTarget | undefined,
  width: number,
  height: number,
): Viewport | undefined {
  if (width === 0 || height === 0) return undefined;
  const total = { width: layout.width, height: layout.totalHeight };
  const zoom = Math.min((width - MARGIN * 2) / total.width, (height - MARGIN * 2) / total.height, 1);
  if (zoom >= READABLE_ZOOM) {
    return { x: (width - total.width * zoom) / 2, y: (height - total.height * zoom) / 2, zoom };
  }
  const box = selected && boxOf(layout, selected);
  if (box) return viewportShowing(box, width, height, READABLE_ZOOM);
  // The stages that fit across, whole in height when they can be.
  const down = Math.min(Math.max((height - MARGIN * 2) / layout.height, READABLE_ZOOM), 1);
  return { x: MARGIN, y: MARGIN, zoom: down };
}
