import { literal, type Pipeline } from '@pipewright/model';
import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { memo, useMemo, useRef, type PointerEvent } from 'react';
import { CATEGORY_COLOURS } from './categories.js';
import { NODE_HEIGHT, NODE_WIDTH, type PipelineLayout } from './layout.js';

/*
 * A minimap drawn from the layout: one path for the lanes and one per action
 * category, so 2,500 actions cost a handful of SVG elements (React Flow's own
 * minimap draws one element per node). Click or drag to move the view.
 */

const WIDTH = 220;
const HEIGHT = 120;

function useViewportRect() {
  return useStore((s) => {
    const [tx, ty, zoom] = s.transform;
    return `${-tx / zoom},${-ty / zoom},${s.width / zoom},${s.height / zoom}`;
  })
    .split(',')
    .map(Number) as [number, number, number, number];
}

function LaneMinimapView({ layout, pipeline }: { layout: PipelineLayout; pipeline: Pipeline }) {
  const flow = useReactFlow();
  const [vx, vy, vw, vh] = useViewportRect();
  const dragging = useRef(false);

  const paths = useMemo(() => {
    const lanes = layout.lanes.map((l) => `M${l.x} ${l.y}h${l.width}v${l.height}h${-l.width}z`).join('');
    const byCategory = new Map<string, string[]>();
    for (const a of layout.actions) {
      const category = literal(pipeline.stages[a.stage]?.actions[a.action]?.actionTypeId.category) ?? 'unknown';
      const list = byCategory.get(category) ?? [];
      list.push(`M${a.x} ${a.y}h${NODE_WIDTH}v${NODE_HEIGHT}h${-NODE_WIDTH}z`);
      byCategory.set(category, list);
    }
    return { lanes, actions: [...byCategory].map(([category, parts]) => ({ category, d: parts.join('') })) };
  }, [layout, pipeline]);

  // The drawn world: the pipeline and the current view.
  const minX = Math.min(0, vx);
  const minY = Math.min(0, vy);
  const maxX = Math.max(layout.width, vx + vw);
  const maxY = Math.max(layout.height, vy + vh);
  const scale = Math.min(WIDTH / (maxX - minX), HEIGHT / (maxY - minY));
  const offsetX = (WIDTH - (maxX - minX) * scale) / 2;
  const offsetY = (HEIGHT - (maxY - minY) * scale) / 2;

  const moveTo = (event: PointerEvent<SVGSVGElement>) => {
    // The SVG may be drawn smaller than WIDTH x HEIGHT (small windows, canvas.css): back to its units first.
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) * WIDTH) / box.width;
    const y = ((event.clientY - box.top) * HEIGHT) / box.height;
    const worldX = (x - offsetX) / scale + minX;
    const worldY = (y - offsetY) / scale + minY;
    const zoom = flow.getZoom();
    // Centre the view (vw x vh in flow units) on the pointed spot.
    void flow.setViewport({ x: (vw / 2 - worldX) * zoom, y: (vh / 2 - worldY) * zoom, zoom });
  };

  return (
    <Panel position="bottom-right" className="pw-minimap">
      <svg
        width={WIDTH}
        height={HEIGHT}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label="Minimap of the pipeline; click to move the view"
        data-testid="minimap"
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={(e) => dragging.current && moveTo(e)}
        onPointerUp={() => (dragging.current = false)}
      >
        <g transform={`translate(${offsetX} ${offsetY}) scale(${scale}) translate(${-minX} ${-minY})`}>
          <path d={paths.lanes} fill="#e2e8f0" />
          {paths.actions.map(({ category, d }) => (
            <path key={category} d={d} fill={CATEGORY_COLOURS[category] ?? CATEGORY_COLOURS.unknown} />
          ))}
          <rect
            x={vx}
            y={vy}
            width={vw}
            height={vh}
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
