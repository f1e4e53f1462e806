import type { Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { actionNodeId, laneNodeId, layoutPipeline } from '../layout.js';
import { COLLAPSED_LANE_WIDTH, collapseLanes } from './collapseLanes.js';

const action = (name: string, inputs: string[], outputs: string[], runOrder = 1) => ({
  name,
  runOrder,
  actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
  inputArtifacts: inputs.map((n) => ({ name: n })),
  outputArtifacts: outputs.map((n) => ({ name: n })),
});

// Source -> Build (two actions: Compile then Package, both reading src) -> Deploy (reads pkg).
const pipeline = {
  name: 'p',
  roleArn: 'arn:aws:iam::123456789012:role/r',
  stages: [
    { name: 'Source', actions: [action('Checkout', [], ['src'])] },
    {
      name: 'Build',
      actions: [action('Compile', ['src'], ['bin']), action('Package', ['src', 'bin'], ['pkg'], 2)],
    },
    { name: 'Deploy', actions: [action('Ship', ['pkg'], [])] },
  ],
} as unknown as Pipeline;

describe('collapseLanes', () => {
  const full = layoutPipeline(pipeline);

  it('leaves the layout as it is when nothing is collapsed', () => {
    expect(collapseLanes(full, new Set())).toBe(full);
  });

  it('narrows the lane, drops its actions and moves the later lanes left', () => {
    const layout = collapseLanes(full, new Set([1]));
    const build = layout.lanes[1]!;
    expect(build).toMatchObject({ collapsed: true, width: COLLAPSED_LANE_WIDTH, columns: [] });
    expect(layout.actions.some((a) => a.stage === 1)).toBe(false);
    const shift = full.lanes[1]!.width - COLLAPSED_LANE_WIDTH;
    expect(layout.lanes[2]!.x).toBe(full.lanes[2]!.x - shift);
    expect(layout.actions.find((a) => a.stage === 2)!.x).toBe(full.actions.find((a) => a.stage === 2)!.x - shift);
    expect(layout.width).toBe(full.width - shift);
    expect(layout.addLane.x).toBe(full.addLane.x - shift);
  });

  it('ends edges at the collapsed lane, once per artifact, and drops the edges inside it', () => {
    const layout = collapseLanes(full, new Set([1]));
    const pairs = layout.edges.map((e) => `${e.source}>${e.target}:${e.artifact}`).sort();
    expect(pairs).toEqual(
      [
        `${actionNodeId(0, 0)}>${laneNodeId(1)}:src`, // Compile and Package both read src: one edge
        `${laneNodeId(1)}>${actionNodeId(2, 0)}:pkg`,
      ].sort(),
    );
    expect(new Set(layout.edges.map((e) => e.id)).size).toBe(layout.edges.length);
  });

  it('collapses neighbouring lanes into one edge between them', () => {
    const layout = collapseLanes(full, new Set([0, 1]));
    expect(layout.edges.map((e) => [e.source, e.target])).toEqual([
      [laneNodeId(0), laneNodeId(1)],
      [laneNodeId(1), actionNodeId(2, 0)],
    ]);
  });
});
