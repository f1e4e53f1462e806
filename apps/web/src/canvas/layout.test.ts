import { opaque, type Action, type Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import {
  LANE_GAP,
  NODE_WIDTH,
  dropTargetAt,
  layoutPipeline,
  neighbourInDirection,
  parseActionNodeId,
  sameLayoutInputs,
} from './layout.js';

function act(name: string, runOrder: number | undefined, io: Partial<Action> = {}): Action {
  return {
    name,
    actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
    ...(runOrder === undefined ? {} : { runOrder }),
    ...io,
  };
}

const pipeline: Pipeline = {
  name: 'p',
  roleArn: 'r',
  stages: [
    { name: 'Source', actions: [act('Src', undefined, { outputArtifacts: [{ name: 'Code' }] })] },
    {
      name: 'Build',
      actions: [
        act('Compile', 1, { inputArtifacts: [{ name: 'Code' }], outputArtifacts: [{ name: 'Bin' }] }),
        act('Lint', 1, { inputArtifacts: [{ name: 'Code' }] }),
        act('Package', 2, { inputArtifacts: [{ name: 'Bin' }, { name: 'Missing' }] }),
        act('Early', 1, { inputArtifacts: [{ name: 'Late' }] }),
        act('Later', 3, { outputArtifacts: [{ name: 'Late' }] }),
      ],
    },
  ],
};

describe('layoutPipeline', () => {
  const layout = layoutPipeline(pipeline);
  const at = (stage: number, action: number) => layout.actions.find((a) => a.stage === stage && a.action === action)!;

  it('puts stages in lanes left to right', () => {
    expect(layout.lanes.map((l) => l.stage)).toEqual([0, 1]);
    const [first, second] = layout.lanes;
    expect(second!.x).toBe(first!.x + first!.width + LANE_GAP);
    expect(layout.addLane.x).toBeGreaterThan(second!.x + second!.width);
  });

  it('stacks equal run orders and puts later run orders in later columns', () => {
    expect(at(1, 0).x).toBe(at(1, 1).x);
    expect(at(1, 1).y).toBeGreaterThan(at(1, 0).y);
    expect(at(1, 2).x).toBeGreaterThan(at(1, 0).x + NODE_WIDTH);
    expect(at(1, 4).column).toBe(2);
    expect(layout.lanes[1]!.columns.map((c) => c.runOrder)).toEqual([1, 2, 3]);
  });

  it('treats a missing run order as 1', () => {
    expect(at(0, 0).runOrder).toBe(1);
  });

  it('draws an edge from the producer to every consumer, labelled with the artifact', () => {
    const code = layout.edges.filter((e) => e.artifact === 'Code');
    expect(code.map((e) => [e.source, e.target])).toEqual([
      ['a:0:0', 'a:1:0'],
      ['a:0:0', 'a:1:1'],
    ]);
    expect(code.every((e) => !e.backwards)).toBe(true);
  });

  it('marks an edge whose producer runs later as backwards', () => {
    const late = layout.edges.find((e) => e.artifact === 'Late');
    expect(late).toMatchObject({ source: 'a:1:4', target: 'a:1:3', backwards: true });
  });

  it('draws no backwards edge into or out of an action whose run order is an expression (the validator reports none)', () => {
    const expression = opaque('cloudformation', { Ref: 'Order' });
    const stage = (consumerOrder: Action['runOrder'], producerOrder: Action['runOrder']): Pipeline => ({
      name: 'p',
      roleArn: 'r',
      stages: [
        {
          name: 'Build',
          actions: [
            act('Make', 1, { outputArtifacts: [{ name: 'Bin' }] }),
            { ...act('Use', 1, { inputArtifacts: [{ name: 'Bin' }] }), runOrder: consumerOrder },
            { ...act('Made', 1, { outputArtifacts: [{ name: 'Out' }] }), runOrder: producerOrder },
            act('UseOut', 1, { inputArtifacts: [{ name: 'Out' }] }),
          ],
        },
      ],
    });
    expect(layoutPipeline(stage(expression, expression)).edges.map((e) => e.backwards)).toEqual([false, false]);
    expect(layoutPipeline(stage(1, 1)).edges.map((e) => e.backwards)).toEqual([true, true]);
  });

  it('marks no edge backwards when another producer of the artifact runs before the consumer', () => {
    const twice: Pipeline = {
      name: 'p',
      roleArn: 'r',
      stages: [
        { name: 'One', actions: [act('First', 1, { outputArtifacts: [{ name: 'Bin' }] })] },
        {
          name: 'Two',
          actions: [
            act('Use', 1, { inputArtifacts: [{ name: 'Bin' }] }),
            act('Again', 2, { outputArtifacts: [{ name: 'Bin' }] }),
          ],
        },
      ],
    };
    expect(layoutPipeline(twice).edges.map((e) => [e.source, e.backwards])).toEqual([
      ['a:0:0', false],
      ['a:1:1', false],
    ]);
  });

  it('lists inputs nothing produces as dangling', () => {
    expect(layout.dangling.get('a:1:2')).toEqual(['Missing']);
    expect(layout.dangling.size).toBe(1);
  });

  it('is deterministic and carries no positions into the pipeline', () => {
    expect(layoutPipeline(pipeline)).toEqual(layout);
    expect(JSON.stringify(pipeline)).not.toMatch(/"x"|position/);
  });

  it('parses node ids', () => {
    expect(parseActionNodeId('a:3:12')).toEqual({ stage: 3, action: 12 });
    expect(parseActionNodeId('s:3')).toBeUndefined();
  });
});

describe('dropTargetAt', () => {
  const layout = layoutPipeline(pipeline);
  const build = layout.lanes[1]!;
  const [col1, col2] = build.columns;

  it('joins a run-order column when dropped on it', () => {
    expect(dropTargetAt(layout, { x: col2!.x + 10, y: 100 })).toEqual({ kind: 'join', stage: 1, runOrder: 2 });
  });

  it('makes a new step when dropped between columns', () => {
    const between = col1!.x + NODE_WIDTH + (col2!.x - col1!.x - NODE_WIDTH) / 2;
    expect(dropTargetAt(layout, { x: between, y: 100 })).toEqual({
      kind: 'newStep',
      stage: 1,
      runOrder: 2,
      shift: true,
    });
  });

  it('makes a new last step when dropped after the last column', () => {
    expect(dropTargetAt(layout, { x: build.x + build.width - 5, y: 100 })).toEqual({
      kind: 'newStep',
      stage: 1,
      runOrder: 4,
      shift: false,
    });
  });

  it('makes a new stage when dropped past the last stage', () => {
    expect(dropTargetAt(layout, { x: layout.addLane.x + 20, y: 100 })).toEqual({ kind: 'newStage', index: 2 });
  });

  it('makes the first stage on an empty pipeline', () => {
    expect(dropTargetAt(layoutPipeline({ name: 'e', roleArn: 'r', stages: [] }), { x: 0, y: 0 })).toEqual({
      kind: 'newStage',
      index: 0,
    });
  });

  it('joins run order 1 in an empty stage', () => {
    const empty = layoutPipeline({ name: 'e', roleArn: 'r', stages: [{ name: 'S', actions: [] }] });
    expect(dropTargetAt(empty, { x: 30, y: 60 })).toEqual({ kind: 'join', stage: 0, runOrder: 1 });
  });
});

describe('neighbourInDirection', () => {
  const layout = layoutPipeline(pipeline);
  it('moves along rows and columns', () => {
    expect(neighbourInDirection(layout, 'a:0:0', 'right')).toBe('a:1:0');
    expect(neighbourInDirection(layout, 'a:1:0', 'down')).toBe('a:1:1');
    expect(neighbourInDirection(layout, 'a:1:1', 'up')).toBe('a:1:0');
    expect(neighbourInDirection(layout, 'a:1:0', 'left')).toBe('a:0:0');
    expect(neighbourInDirection(layout, 'a:0:0', 'left')).toBeUndefined();
    expect(neighbourInDirection(layout, 'a:0:0', 'up')).toBeUndefined();
  });
});

describe('edge corridors', () => {
  it('routes an edge that skips over columns below the lanes, and keeps neighbours direct', () => {
    const skipping: Pipeline = {
      name: 'p',
      roleArn: 'r',
      stages: [
        { name: 'Source', actions: [act('Src', 1, { outputArtifacts: [{ name: 'Code' }] })] },
        { name: 'Build', actions: [act('Compile', 1, { inputArtifacts: [{ name: 'Code' }] })] },
        { name: 'Deploy', actions: [act('Ship', 1, { inputArtifacts: [{ name: 'Code' }] })] },
      ],
    };
    const layout = layoutPipeline(skipping);
    const direct = layout.edges.find((e) => e.target === 'a:1:0')!;
    const skip = layout.edges.find((e) => e.target === 'a:2:0')!;
    expect(direct.corridorY).toBeUndefined();
    expect(skip.corridorY).toBeGreaterThan(layout.height);
    expect(layout.totalHeight).toBeGreaterThan(skip.corridorY!);
  });
});

describe('sameLayoutInputs', () => {
  const withAction = (change: (action: Action) => Action): Pipeline => ({
    ...pipeline,
    stages: pipeline.stages.map((stage, s) =>
      s === 1 ? { ...stage, actions: stage.actions.map((a, i) => (i === 2 ? change(a) : a)) } : stage,
    ),
  });

  it('holds for edits the layout does not read (a rename, a rebuilt but equal artifact list)', () => {
    expect(
      sameLayoutInputs(
        pipeline,
        withAction((a) => ({ ...a, name: 'Renamed' })),
      ),
    ).toBe(true);
    expect(
      sameLayoutInputs(
        pipeline,
        withAction((a) => ({ ...a, inputArtifacts: a.inputArtifacts?.map((x) => ({ ...x })) })),
      ),
    ).toBe(true);
  });

  it('fails for a run order, an artifact name, an added action or stage', () => {
    expect(
      sameLayoutInputs(
        pipeline,
        withAction((a) => ({ ...a, runOrder: 3 })),
      ),
    ).toBe(false);
    expect(
      sameLayoutInputs(
        pipeline,
        withAction((a) => ({ ...a, inputArtifacts: [{ name: 'Bin' }] })),
      ),
    ).toBe(false);
    expect(
      sameLayoutInputs(
        pipeline,
        withAction((a) => ({ ...a, outputArtifacts: [{ name: 'Out' }] })),
      ),
    ).toBe(false);
    const added = {
      ...pipeline,
      stages: [
        pipeline.stages[0]!,
        { ...pipeline.stages[1]!, actions: [...pipeline.stages[1]!.actions, act('New', 1)] },
      ],
    };
    expect(sameLayoutInputs(pipeline, added)).toBe(false);
    expect(sameLayoutInputs(pipeline, { ...pipeline, stages: pipeline.stages.slice(0, 1) })).toBe(false);
  });
});
