/*
 * What the minimap draws, and at what scale. A pipeline that is readable when drawn whole in the map
 * is drawn whole (with the current view). A long one (50 stages: a line 1 px tall when drawn whole)
 * is drawn at a scale that keeps it at least MIN_PIPELINE_HEIGHT tall, through a window that follows
 * the view along the pipeline; the stage strip beside it is the whole overview. Pure, unit-tested.
 */

export const MAP_WIDTH = 220;
export const MAP_HEIGHT = 120;
/** The drawn pipeline is never shorter than this in the map (map units, i.e. pixels at full size). */
export const MIN_PIPELINE_HEIGHT = 56;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapFrame {
  /** Map units per flow unit. */
  scale: number;
  /** The flow point drawn at the map's (offsetX, offsetY). */
  minX: number;
  minY: number;
  offsetX: number;
  offsetY: number;
  /** True when the map shows a window of the pipeline rather than all of it. */
  windowed: boolean;
}

export function minimapFrame(pipeline: { width: number; height: number }, view: Rect): MapFrame {
  const minX = Math.min(0, view.x);
  const minY = Math.min(0, view.y);
  const worldWidth = Math.max(pipeline.width, view.x + view.width) - minX;
  const worldHeight = Math.max(pipeline.height, view.y + view.height) - minY;
  const whole = Math.min(MAP_WIDTH / worldWidth, MAP_HEIGHT / worldHeight);
  if (pipeline.height * whole >= MIN_PIPELINE_HEIGHT || pipeline.height === 0) {
    return {
      scale: whole,
      minX,
      minY,
      offsetX: (MAP_WIDTH - worldWidth * whole) / 2,
      offsetY: (MAP_HEIGHT - worldHeight * whole) / 2,
      windowed: false,
    };
  }
  // Windowed: the pipeline fills most of the map's height; the window is centred on the view's
  // centre, kept inside the pipeline's length.
  const scale = Math.min((MAP_HEIGHT * 0.8) / pipeline.height, MAP_WIDTH / Math.max(view.width, 1));
  const span = MAP_WIDTH / scale;
  const centre = view.x + view.width / 2;
  const left = Math.max(0, Math.min(centre - span / 2, pipeline.width - span));
  return {
    scale,
    minX: left,
    minY: pipeline.height / 2 - MAP_HEIGHT / (2 * scale),
    offsetX: 0,
    offsetY: 0,
    windowed: true,
  };
}

/** The flow point under a map point of `frame`. */
export function flowPointAt(frame: MapFrame, x: number, y: number): { x: number; y: number } {
  return { x: (x - frame.offsetX) / frame.scale + frame.minX, y: (y - frame.offsetY) / frame.scale + frame.minY };
}

/** The stages (indices) whose lanes the view overlaps, left to right. */
export function stagesInView(lanes: readonly { stage: number; x: number; width: number }[], view: Rect): number[] {
  return lanes.filter((l) => l.x < view.x + view.width && l.x + l.width > view.x).map((l) => l.stage);
}
