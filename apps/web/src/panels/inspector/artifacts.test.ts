import { opaque, type Action, type Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { artifactsAvailableTo } from './artifacts.js';

function action(name: string, runOrder: number, outputs: string[]): Action {
  return {
    name,
    runOrder,
    actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
    outputArtifacts: outputs.map((n) => ({ name: n })),
  };
}

const pipeline: Pipeline = {
  name: 'p',
  roleArn: 'r',
  stages: [
    { name: 'Source', actions: [action('Src', 1, ['src'])] },
    { name: 'Build', actions: [action('A', 1, ['a']), action('B', 1, ['b']), action('C', 2, ['c'])] },
    { name: 'Deploy', actions: [action('D', 1, ['d'])] },
  ],
};

describe('artifactsAvailableTo', () => {
  it('offers earlier stages and lower run orders of the same stage only', () => {
    expect(artifactsAvailableTo(pipeline, 1, 2).map((a) => a.name)).toEqual(['src', 'a', 'b']);
  });
  it('does not offer parallel actions’ outputs or the action’s own', () => {
    expect(artifactsAvailableTo(pipeline, 1, 0).map((a) => a.name)).toEqual(['src']);
  });
  it('names the producer', () => {
    expect(artifactsAvailableTo(pipeline, 2, 0)[0]).toEqual({ name: 'src', producer: 'Source / Src' });
  });
  it('is empty for a missing action', () => {
    expect(artifactsAvailableTo(pipeline, 5, 0)).toEqual([]);
  });
});

describe('artifactsAvailableTo with a run order that is an expression', () => {
  const opaqueRunOrder = opaque('cloudformation', { Ref: 'BuildOrder' });
  const withExpression: Pipeline = {
    ...pipeline,
    stages: [
      pipeline.stages[0]!,
      { name: 'Build', actions: [action('A', 1, ['a']), { ...action('X', 1, ['x']), runOrder: opaqueRunOrder }] },
    ],
  };
  it('offers a same-stage artifact, as the validator does not report it (the model claims no order)', () => {
    expect(artifactsAvailableTo(withExpression, 1, 1).map((a) => a.name)).toEqual(['src', 'a']);
    expect(artifactsAvailableTo(withExpression, 1, 0).map((a) => a.name)).toEqual(['src', 'x']);
  });
});
