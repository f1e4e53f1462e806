import { applyEdit, generatePipeline, type Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { actionLocation, buildFlowElements, type ActionFlowNode } from './flowElements.js';
import { layoutPipeline } from './layout.js';

const build = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  actionTypeId: { category: 'Build' as const, owner: 'AWS' as const, provider: 'CodeBuild', version: '1' },
  runOrder: 1,
  ...extra,
});

const pipeline: Pipeline = {
  name: 'p',
  roleArn: 'arn:aws:iam::111111111111:role/pipeline',
  stages: [
    { name: 'A', actions: [build('One', { outputArtifacts: [{ name: 'Out' }] })] },
    { name: 'B', actions: [build('Two', { inputArtifacts: [{ name: 'Out' }] }), build('Three')] },
  ],
};

describe('buildFlowElements', () => {
  it('makes lanes, an add-stage lane, action nodes with known sizes and artifact edges', () => {
    const { nodes, edges } = buildFlowElements(pipeline, layoutPipeline(pipeline));
    expect(nodes.map((n) => n.type)).toEqual(['lane', 'lane', 'addLane', 'action', 'action', 'action']);
    const action = nodes.find((n) => n.id === 'a:1:0') as ActionFlowNode;
    expect(action.data).toMatchObject({ name: 'Two', provider: 'CodeBuild', category: 'Build', dangling: [] });
    expect(action.width).toBeGreaterThan(0);
    expect(action.measured).toEqual({ width: action.width, height: action.height });
    expect(action.handles?.map((h) => h.type)).toEqual(['target', 'source']);
    expect(edges).toEqual([
      expect.objectContaining({
        source: 'a:0:0',
        target: 'a:1:0',
        data: { artifact: 'Out', backwards: false, corridorY: undefined },
      }),
    ]);
  });

  it('reuses the node objects of untouched actions after an edit', () => {
    const first = buildFlowElements(pipeline, layoutPipeline(pipeline));
    const edited: Pipeline = {
      ...pipeline,
      stages: [
        pipeline.stages[0]!,
        { ...pipeline.stages[1]!, actions: [pipeline.stages[1]!.actions[0]!, build('Renamed')] },
      ],
    };
    const second = buildFlowElements(edited, layoutPipeline(edited), first);
    const byId = (els: typeof first, id: string) => els.nodes.find((n) => n.id === id);
    expect(byId(second, 'a:0:0')).toBe(byId(first, 'a:0:0'));
    expect(byId(second, 'a:1:0')).toBe(byId(first, 'a:1:0'));
    expect(byId(second, 'a:1:1')).not.toBe(byId(first, 'a:1:1'));
    expect(second.edges).toBe(first.edges);
    expect(second.nodes).not.toBe(first.nodes);
    expect(buildFlowElements(edited, layoutPipeline(edited), second).nodes).toBe(second.nodes);
  });

  it('takes the nodes of untouched stages as they are when the layout is kept, and agrees with a fresh build', () => {
    const big = generatePipeline({ stages: 6, actionsPerStage: 5 });
    const layout = layoutPipeline(big);
    const first = buildFlowElements(big, layout);
    for (const edit of [
      { kind: 'renameAction', stage: 2, action: 3, name: 'Renamed' },
      { kind: 'renameStage', stage: 4, name: 'Elsewhere' },
      { kind: 'setField', path: '/roleArn', value: 'arn:aws:iam::999999999999:role/other' },
    ] as const) {
      const result = applyEdit(big, edit);
      if (!result.ok) throw new Error(result.reason);
      const second = buildFlowElements(result.pipeline, layout, first, { pipeline: big, layout });
      expect(second).toEqual(buildFlowElements(result.pipeline, layout));
      const untouched = second.nodes.filter((n) => n.data.stage === 0);
      expect(untouched.every((n, i) => n === first.nodes.filter((m) => m.data.stage === 0)[i])).toBe(true);
    }
  });
});

describe('actionLocation', () => {
  it('shows region and account only when they differ from the pipeline', () => {
    expect(actionLocation(pipeline, build('x'))).toBeUndefined();
    expect(actionLocation(pipeline, build('x', { roleArn: 'arn:aws:iam::111111111111:role/same' }))).toBeUndefined();
    expect(
      actionLocation(pipeline, build('x', { region: 'eu-west-1', roleArn: 'arn:aws:iam::222222222222:role/deployer' })),
    ).toBe('eu-west-1 · 222222222222');
  });
});
