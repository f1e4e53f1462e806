import { literal, type Pipeline } from '@pipewright/model';
import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { memo, useMemo, useState, type PointerEvent } from 'react';
import { CATEGORY_COLOURS } from './categories.js';
import { NODE_HEIGHT, NODE_WIDTH, type PipelineLayout } from './layout.js';
import { MAP_HEIGHT, MAP_WIDTH, flowPointAt, minimapFrame, type MapFrame, type Rect } from './minimapFrame.js';
import { StageStrip } from './StageStrip.js';
import type { ViewTarget } from './viewTargets.js';

/*
 * A minimap drawn from the layout: one path for the lanes and one per action
 * category, so 2,500 actions cost a handful of SVG elements (React Flow's own
 * minimap draws one element per node). Click or drag to move the view. A long
 * pipeline is drawn tall enough to read, through a window that follows the view
 * (./minimapFrame), with a strip of its stages above that jumps to one on click.
 */

function useViewportRect(): Rect {
  const [x, y, width, height] = useStore((s) => {
    const [tx, ty, zoom] = s.transform;
    return `${-tx / zoom},${-ty / zoom},${s.width / zoom},${s.height / zoom}`;
  })
    .split(',')
    .map(Number) as [number, number, number, number];
  return { x, y, width, height };
}

function LaneMinimapView({
  layout,
  pipeline,
  reveal,
}: {
  layout: PipelineLayout;
  pipeline: Pipeline;
  reveal: (target: ViewTarget) => void;
}) {
  const flow = useReactFlow();
  const view = useViewportRect();
  // While dragging, the frame stays as it was at the press: a window that followed the view would
  // move under the pointer.
  const [held, setHeld] = useState<MapFrame | null>(null);
  const live = minimapFrame(layout, view);
  const frame = held ?? live;

  // The paths are rebuilt when the layout or a category changes, not on every edit (a rename).
  const categories = JSON.stringify(
    layout.actions.map((a) => literal(pipeline.stages[a.stage]?.actions[a.action]?.actionTypeId.category) ?? 'unknown'),
  );
  const paths = useMemo(() => {
    const lanes = layout.lanes.map((l) => `M${l.x} ${l.y}h${l.width}v${l.height}h${-l.width}z`).join('');
    const byCategory = new Map<string, string[]>();
    const names = JSON.parse(categories) as string[];
    layout.actions.forEach((a, i) => {
      const category = names[i] ?? 'unknown';
      const list = byCategory.get(category) ?? [];
      list.push(`M${a.x} ${a.y}h${NODE_WIDTH}v${NODE_HEIGHT}h${-NODE_WIDTH}z`);
      byCategory.set(category, list);
    });
    return { lanes, actions: [...byCategory].map(([category, parts]) => ({ category, d: parts.join('') })) };
  }, [layout, categories]);

  const moveTo = (event: PointerEvent<SVGSVGElement>, using: MapFrame) => {
    // The SVG may be drawn smaller than MAP_WIDTH x MAP_HEIGHT (small windows, canvas.css): back to its units first.
    const box = event.currentTarget.getBoundingClientRect();
    const at = flowPointAt(
      using,
      ((event.clientX - box.left) * MAP_WIDTH) / box.width,
      ((event.clientY - box.top) * MAP_HEIGHT) / box.height,
    );
    const zoom = flow.getZoom();
    // Centre the view (view.width x view.height in flow units) on the pointed spot.
    void flow.setViewport({ x: (view.width / 2 - at.x) * zoom, y: (view.height / 2 - at.y) * zoom, zoom });
  };

  const { scale, offsetX, offsetY, minX, minY } = frame;
  return (
    <Panel position="bottom-right" className="pw-minimap" data-windowed={frame.windowed || undefined}>
      {frame.windowed && <StageStrip layout={layout} pipeline={pipeline} view={view} reveal={reveal} />}
      <svg
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-label="Minimap of the pipeline; click to move the view"
        data-testid="minimap"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          setHeld(live);
          moveTo(e, live);
        }}
        onPointerMove={(e) => held && moveTo(e, held)}
        onPointerUp={() => setHeld(null)}
        onPointerCancel={() => setHeld(null)}
      >
        <g transform={`translate(${offsetX} ${offsetY}) scale(${scale}) translate(${-minX} ${-minY})`}>
          <path d={paths.lanes} fill="#e2e8f0" data-testid="minimap-lanes" />
          {paths.actions.map(({ category, d }) => (
            <path key={category} d={d} fill={CATEGORY_COLOURS[category] ?? CATEGORY_COLOURS.unknown} />
          ))}
          <rect
            x={view.x}
            y={view.y}
            width={view.width}
            height={view.height}
            fill="rgb(37 99 235 / 0.08)"
            stroke="#2563eb"
            strokeWidth={1.5 / scale}
          />
        </g>
      </svg>
    </Panel>
  );
}

export const LaneMinimap = memo(LaneMinimapView);
