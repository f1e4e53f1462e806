import { generatePipeline, type Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { READABLE_ZOOM } from './fitView.js';
import { NODE_WIDTH, layoutPipeline } from './layout.js';
import { collapseLanes } from './collapse/collapseLanes.js';
import { boxOf, isShown, readableFit, viewportShowing } from './viewTargets.js';

const build = (name: string) => ({
  name,
  actionTypeId: { category: 'Build' as const, owner: 'AWS' as const, provider: 'CodeBuild', version: '1' },
  runOrder: 1,
});
const small: Pipeline = {
  name: 'p',
  roleArn: 'arn:aws:iam::111111111111:role/pipeline',
  stages: [
    { name: 'A', actions: [build('One')] },
    { name: 'B', actions: [build('Two'), build('Three')] },
  ],
};
const large = layoutPipeline(generatePipeline({ stages: 50, actionsPerStage: 50 }));

describe('boxOf', () => {
  it('finds an action card and a stage lane, and nothing for an index the layout lacks', () => {
    const layout = layoutPipeline(small);
    expect(boxOf(layout, { kind: 'action', stage: 1, action: 1 })).toMatchObject({ width: NODE_WIDTH });
    expect(boxOf(layout, { kind: 'stage', stage: 1 })).toMatchObject({ x: layout.lanes[1]!.x });
    expect(boxOf(layout, { kind: 'action', stage: 5, action: 0 })).toBeUndefined();
  });

  it('shows the lane of an action whose lane is collapsed (its card is not drawn)', () => {
    const collapsed = collapseLanes(layoutPipeline(small), new Set([1]));
    expect(boxOf(collapsed, { kind: 'action', stage: 1, action: 1 })).toEqual(
      boxOf(collapsed, { kind: 'stage', stage: 1 }),
    );
  });
});

describe('viewportShowing', () => {
  it('centres a card at a readable zoom when the view is further out, and keeps a closer zoom', () => {
    const box = { x: 5000, y: 300, width: 220, height: 76 };
    const far = viewportShowing(box, 1000, 600, 0.05);
    expect(far.zoom).toBe(READABLE_ZOOM);
    expect(isShown(box, far, 1000, 600)).toBe(true);
    expect((box.x + box.width / 2) * far.zoom + far.x).toBeCloseTo(500);
    expect(viewportShowing(box, 1000, 600, 1.5).zoom).toBe(1.5);
  });

  it('shows a box wider than the canvas from its top left corner', () => {
    const view = viewportShowing({ x: 4000, y: 0, width: 9000, height: 400 }, 1000, 600, 0.2);
    expect(4000 * view.zoom + view.x).toBeGreaterThan(0);
    expect(4000 * view.zoom + view.x).toBeLessThan(100);
  });
});

describe('readableFit', () => {
  it('fits a small pipeline whole', () => {
    const layout = layoutPipeline(small);
    const view = readableFit(layout, undefined, 1200, 700)!;
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(layout.width * view.zoom).toBeLessThanOrEqual(1200);
  });

  it('never goes below a readable zoom on the 2,500-action pipeline: its first stages, or the selection', () => {
    const start = readableFit(large, undefined, 1200, 700)!;
    expect(start.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(start.x).toBeGreaterThan(0); // the first stage's left edge is on screen
    const selected = readableFit(large, { kind: 'action', stage: 30, action: 10 }, 1200, 700)!;
    expect(selected.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(isShown(boxOf(large, { kind: 'action', stage: 30, action: 10 })!, selected, 1200, 700)).toBe(true);
  });
});
