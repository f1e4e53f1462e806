import { NODE_WIDTH, LANE_HEADER, COLUMN_GAP, type DropTarget, type PipelineLayout } from './layout.js';

/** Where a drop would land, drawn in flow coordinates: a column, a gap (new step) or the new-stage lane. */
export function DropHint({ layout, target }: { layout: PipelineLayout; target: DropTarget }) {
  let box: { x: number; y: number; width: number; height: number; label: string };
  if (target.kind === 'newStage') {
    box = { ...layout.addLane, label: 'New stage' };
  } else {
    const lane = layout.lanes.find((l) => l.stage === target.stage);
    if (!lane) return null;
    const column = lane.columns.find((c) => c.runOrder === target.runOrder);
    const top = LANE_HEADER - 6;
    const height = lane.height - top - 6;
    if (target.kind === 'join') {
      const x = column?.x ?? lane.x + 12;
      box = { x: x - 8, y: top, width: (column ? NODE_WIDTH : lane.width - 24) + 16, height, label: 'Run in parallel' };
    } else {
      const x = column ? column.x - COLUMN_GAP / 2 : lane.x + lane.width - 18;
      box = { x: x - 3, y: top, width: 6, height, label: 'New step' };
    }
  }
  return (
    <div
      className={`pw-drop-hint pw-drop-hint-${target.kind}`}
      data-testid="drop-hint"
      style={{ transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height }}
    >
      <span>{box.label}</span>
    </div>
  );
}
