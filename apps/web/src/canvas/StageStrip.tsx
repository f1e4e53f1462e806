import { literal, type Pipeline } from '@pipewright/model';
import { useEffect, useRef } from 'react';
import type { PipelineLayout } from './layout.js';
import { stagesInView, type Rect } from './minimapFrame.js';
import type { ViewTarget } from './viewTargets.js';

/**
 * Every stage of a long pipeline, by name, in a strip that scrolls sideways: the stages in view are
 * marked (aria-current), and a click brings a stage into view at a readable zoom. The overview the
 * windowed minimap cannot give at 50 stages.
 */
export function StageStrip({
  layout,
  pipeline,
  view,
  reveal,
}: {
  layout: PipelineLayout;
  pipeline: Pipeline;
  view: Rect;
  reveal: (target: ViewTarget) => void;
}) {
  const inView = stagesInView(layout.lanes, view);
  const first = inView[0];
  const strip = useRef<HTMLOListElement>(null);
  // Keep the first stage in view visible in the strip as the canvas moves along the pipeline.
  // Read in the next frame, where the browser lays the page out anyway: read in the effect, the
  // offsets forced a layout of the whole page between React's commit and React Flow's updates
  // (~10-15 ms sampled at load when a document opens).
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const list = strip.current;
      const item = first === undefined ? null : list?.querySelector<HTMLElement>(`[data-stage-index="${first}"]`);
      if (!list || !item) return;
      if (
        item.offsetLeft < list.scrollLeft ||
        item.offsetLeft + item.offsetWidth > list.scrollLeft + list.clientWidth
      ) {
        list.scrollLeft = item.offsetLeft - 4;
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [first]);
  const shown = new Set(inView);
  return (
    <nav className="pw-stage-strip" aria-label="Stages">
      <ol ref={strip}>
        {layout.lanes.map((lane) => (
          <li key={lane.id} data-stage-index={lane.stage}>
            <button
              type="button"
              aria-current={shown.has(lane.stage) ? 'location' : undefined}
              onClick={() => reveal({ kind: 'stage', stage: lane.stage })}
            >
              {literal(pipeline.stages[lane.stage]?.name) ?? `Stage ${lane.stage + 1}`}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
