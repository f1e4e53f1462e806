import { generatePipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { layoutPipeline } from './layout.js';
import { MAP_HEIGHT, MAP_WIDTH, MIN_PIPELINE_HEIGHT, flowPointAt, minimapFrame, stagesInView } from './minimapFrame.js';

const large = layoutPipeline(generatePipeline({ stages: 50, actionsPerStage: 50 }));

describe('minimapFrame', () => {
  it('draws a small pipeline whole, with the view', () => {
    const frame = minimapFrame({ width: 2000, height: 600 }, { x: 0, y: 0, width: 1500, height: 800 });
    expect(frame.windowed).toBe(false);
    expect(2000 * frame.scale).toBeLessThanOrEqual(MAP_WIDTH);
    expect(800 * frame.scale).toBeLessThanOrEqual(MAP_HEIGHT);
  });

  it('keeps the 50-stage pipeline tall enough to read, through a window that follows the view', () => {
    const view = { x: large.width / 2, y: 0, width: 1700, height: 1000 };
    const frame = minimapFrame(large, view);
    expect(frame.windowed).toBe(true);
    expect(large.height * frame.scale).toBeGreaterThanOrEqual(MIN_PIPELINE_HEIGHT);
    // The view's centre is in the middle of the map.
    const centre = flowPointAt(frame, MAP_WIDTH / 2, MAP_HEIGHT / 2);
    expect(centre.x).toBeCloseTo(view.x + view.width / 2);
    // At the start the window does not run off the pipeline's left end.
    expect(minimapFrame(large, { ...view, x: 0 }).minX).toBe(0);
    expect(minimapFrame(large, { ...view, x: large.width }).minX).toBeCloseTo(large.width - MAP_WIDTH / frame.scale);
  });
});

describe('stagesInView', () => {
  it('lists the lanes the view overlaps', () => {
    const lanes = [
      { stage: 0, x: 0, width: 100 },
      { stage: 1, x: 150, width: 100 },
      { stage: 2, x: 300, width: 100 },
    ];
    expect(stagesInView(lanes, { x: 120, y: 0, width: 200, height: 10 })).toEqual([1, 2]);
  });
});
