import { placeableProviders, type Action, type Pipeline, type ProviderSpec } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../store/modelApi.js';
import { layoutPipeline } from './layout.js';
import {
  connectEdit,
  copiesForPaste,
  keyboardMoveEdit,
  dropNewActionEdit,
  moveActionEdit,
  newAction,
  uniqueActionName,
} from './authoring.js';

const spec = (provider: string): ProviderSpec => {
  const found = placeableProviders().find((p) => p.provider === provider && p.owner === 'AWS');
  if (!found) throw new Error(`no ${provider} in the catalogue`);
  return found;
};

function act(name: string, provider: string, runOrder: number, io: Partial<Action> = {}): Action {
  const s = spec(provider);
  return {
    name,
    actionTypeId: { category: s.category as 'Build', owner: 'AWS', provider, version: s.version },
    runOrder,
    ...io,
  };
}

const base: Pipeline = {
  name: 'p',
  roleArn: 'r',
  stages: [
    { name: 'Source', actions: [act('Src', 'S3', 1, { outputArtifacts: [{ name: 'Code' }] })] },
    { name: 'Build', actions: [act('Compile', 'CodeBuild', 1), act('Test', 'CodeBuild', 2)] },
  ],
};

function run(pipeline: Pipeline, edit: Parameters<typeof applyEdit>[1]): Pipeline {
  const result = applyEdit(pipeline, edit);
  if (!result.ok) throw new Error(result.reason);
  return result.pipeline;
}

describe('new actions', () => {
  it('get a unique name, empty required configuration and an output when the provider needs one', () => {
    const action = newAction(base, spec('S3'), 1);
    expect(action.name).toBe('S3');
    expect(action.configuration).toEqual(Object.fromEntries(spec('S3').requiredConfig.map((k) => [k, ''])));
    expect(action.outputArtifacts).toEqual([{ name: 'S3Output' }]);
    expect(uniqueActionName(base, 'Compile')).toBe('Compile2');
  });

  it('join a column, make a new step (shifting later ones) or start a new stage', () => {
    const joined = run(base, dropNewActionEdit(base, spec('CodeBuild'), { kind: 'join', stage: 1, runOrder: 2 }));
    expect(joined.stages[1]!.actions.map((a) => [a.name, a.runOrder])).toContainEqual(['CodeBuild', 2]);

    const stepped = run(
      base,
      dropNewActionEdit(base, spec('CodeBuild'), { kind: 'newStep', stage: 1, runOrder: 2, shift: true }),
    );
    const orders = Object.fromEntries(stepped.stages[1]!.actions.map((a) => [a.name, a.runOrder]));
    expect(orders).toEqual({ Compile: 1, Test: 3, CodeBuild: 2 });

    const staged = run(base, dropNewActionEdit(base, spec('CodeDeploy'), { kind: 'newStage', index: 2 }));
    expect(staged.stages[2]).toMatchObject({ name: 'Deploy', actions: [{ name: 'CodeDeploy', runOrder: 1 }] });
  });
});

describe('moving actions', () => {
  it('moves to another stage and run order', () => {
    const edit = moveActionEdit(base, { stage: 1, action: 1 }, { kind: 'join', stage: 1, runOrder: 1 });
    const moved = run(base, edit!);
    expect(moved.stages[1]!.actions.every((a) => a.runOrder === 1)).toBe(true);
  });

  it('does nothing when dropped back where it was', () => {
    expect(moveActionEdit(base, { stage: 1, action: 0 }, { kind: 'join', stage: 1, runOrder: 1 })).toBeUndefined();
  });

  it('moves into a new stage past the last one', () => {
    const moved = run(base, moveActionEdit(base, { stage: 1, action: 1 }, { kind: 'newStage', index: 2 })!);
    expect(moved.stages.map((s) => s.actions.map((a) => a.name))).toEqual([['Src'], ['Compile'], ['Test']]);
  });
});

describe('connecting actions', () => {
  it('passes the producer output artifact to a later action', () => {
    const result = connectEdit(base, 'a:0:0', 'a:1:0');
    expect(result).toMatchObject({ ok: true, artifact: 'Code' });
    if (!result.ok) return;
    expect(run(base, result.edit).stages[1]!.actions[0]!.inputArtifacts).toEqual([{ name: 'Code' }]);
  });

  it('creates the output artifact when the producer has none', () => {
    const result = connectEdit(base, 'a:1:0', 'a:1:1');
    expect(result).toMatchObject({ ok: true, artifact: 'CompileOutput' });
    if (!result.ok) return;
    const after = run(base, result.edit);
    expect(after.stages[1]!.actions[0]!.outputArtifacts).toEqual([{ name: 'CompileOutput' }]);
    expect(after.stages[1]!.actions[1]!.inputArtifacts).toEqual([{ name: 'CompileOutput' }]);
  });

  it('refuses a connection that runs backwards, saying why', () => {
    const result = connectEdit(base, 'a:1:1', 'a:1:0');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/runs before/);
    expect(connectEdit(base, 'a:1:0', 'a:0:0').ok).toBe(false);
  });

  it('refuses a source action as a consumer', () => {
    const withTwo: Pipeline = {
      ...base,
      stages: [{ name: 'Source', actions: [base.stages[0]!.actions[0]!, act('Src2', 'S3', 2)] }, base.stages[1]!],
    };
    const result = connectEdit(withTwo, 'a:0:0', 'a:0:1');
    expect(result).toMatchObject({ ok: false });
  });
});

describe('paste', () => {
  it('copies with unique action and artifact names and no namespace', () => {
    const [copy] = copiesForPaste(base, [{ ...base.stages[0]!.actions[0]!, namespace: 'SourceVariables' }], 3);
    expect(copy).toMatchObject({ name: 'Src_copy', runOrder: 3, outputArtifacts: [{ name: 'Code_copy' }] });
    expect(copy!.namespace).toBeUndefined();
  });
});

describe('keyboard moves', () => {
  const layout = layoutPipeline(base);
  const names = (p: Pipeline) => p.stages.map((s) => s.actions.map((a) => `${String(a.name)}@${String(a.runOrder)}`));

  it('moves to the next or previous stage', () => {
    expect(names(run(base, keyboardMoveEdit(base, layout, { stage: 1, action: 0 }, 'left')!))).toEqual([
      ['Src@1', 'Compile@1'],
      ['Test@2'],
    ]);
    expect(keyboardMoveEdit(base, layout, { stage: 0, action: 0 }, 'left')).toBeUndefined();
  });

  it('moves a step later or earlier within the stage', () => {
    const later = run(base, keyboardMoveEdit(base, layout, { stage: 1, action: 0 }, 'down')!);
    expect(names(later)[1]!.sort()).toEqual(['Compile@2', 'Test@2']);
    expect(keyboardMoveEdit(base, layout, { stage: 1, action: 1 }, 'down')).toBeUndefined();
  });
});
