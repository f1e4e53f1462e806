import { describe, expect, it } from 'vitest';
import { applyEdit, conditionalFieldsOf, conditionalOf, pickedAbsent, type Pipeline } from '../../src/index.js';
import { deepFreeze } from '../helpers/freeze.js';

const source = { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' } as const;
const commit = { category: 'Source', owner: 'AWS', provider: 'CodeCommit', version: '1' } as const;
const approval = { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' } as const;

/** A source whose type is `Fn::If UseS3`, an approval present only when IsProd, a stage SignOff/Smoke on IsProd. */
const doc: Pipeline = deepFreeze({
  name: 'p',
  roleArn: 'arn:aws:iam::111111111111:role/p',
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Fetch',
          actionTypeId: source,
          configuration: { S3Bucket: 'b', S3ObjectKey: 'k' },
          outputArtifacts: [{ name: 'Code' }],
          $ifFields: {
            actionTypeId: { source: 'cloudformation', condition: 'UseS3', branch: 'then', other: commit },
            configuration: {
              source: 'cloudformation',
              condition: 'UseS3',
              branch: 'then',
              other: { RepositoryName: 'r', BranchName: 'main' },
            },
          },
        },
        {
          name: 'Gate',
          actionTypeId: approval,
          runOrder: 2,
          $if: { source: 'cloudformation', condition: 'IsProd', branch: 'then', other: null },
        },
      ],
    },
    {
      name: 'SignOff',
      actions: [{ name: 'Manager', actionTypeId: approval }],
      $if: {
        source: 'cloudformation',
        condition: 'IsProd',
        branch: 'then',
        other: {
          name: 'Smoke',
          actions: [
            {
              name: 'Check',
              actionTypeId: approval,
              configuration: { CustomData: 'prod' },
              $ifFields: {
                configuration: {
                  source: 'cloudformation',
                  condition: 'UseS3',
                  branch: 'then',
                  other: { CustomData: 'repo' },
                },
              },
            },
          ],
        },
      },
    },
  ],
}) as Pipeline;

function picked(pipeline: Pipeline, condition: string, branch: 'then' | 'else'): Pipeline {
  const result = applyEdit(pipeline, { kind: 'pickBranch', condition, branch });
  if (!result.ok) throw new Error(result.reason);
  return result.pipeline;
}

describe('pickBranch', () => {
  it('swaps every field on the condition with its other branch, keeping the field order', () => {
    const out = picked(doc, 'UseS3', 'else');
    const fetch = out.stages[0]!.actions[0]!;
    expect(fetch.actionTypeId).toEqual(commit);
    expect(fetch.configuration).toEqual({ RepositoryName: 'r', BranchName: 'main' });
    expect(Object.keys(fetch)).toEqual(Object.keys(doc.stages[0]!.actions[0]!));
    expect(conditionalFieldsOf(fetch)['actionTypeId']).toEqual({
      source: 'cloudformation',
      condition: 'UseS3',
      branch: 'else',
      other: source,
      picked: 'else',
    });
    // Inside another condition's branch too, so both stay consistent when that one is picked.
    const smoke = conditionalOf(out.stages[1])?.other as Pipeline['stages'][number];
    expect(smoke.actions[0]!.configuration).toEqual({ CustomData: 'repo' });
  });

  it('swaps a stage with its other branch, and marks an action whose picked branch is absent', () => {
    const out = picked(doc, 'IsProd', 'else');
    expect(out.stages.map((s) => s.name)).toEqual(['Source', 'Smoke']);
    expect(conditionalOf(out.stages[1])).toMatchObject({ branch: 'else', picked: 'else', other: { name: 'SignOff' } });
    const gate = conditionalOf(out.stages[0]!.actions[1]);
    expect(gate).toMatchObject({ branch: 'then', picked: 'else', other: null });
    expect(pickedAbsent(gate!)).toBe(true);
    // The held action stays (the CloudFormation export still writes the Fn::If).
    expect(out.stages[0]!.actions.map((a) => a.name)).toEqual(['Fetch', 'Gate']);
  });

  it('picking the other way round restores every value, the pick recorded', () => {
    const back = picked(picked(doc, 'IsProd', 'else'), 'IsProd', 'then');
    expect(back.stages.map((s) => s.name)).toEqual(['Source', 'SignOff']);
    expect(pickedAbsent(conditionalOf(back.stages[0]!.actions[1])!)).toBe(false);
    expect(conditionalOf(back.stages[1])).toMatchObject({ branch: 'then', picked: 'then', other: { name: 'Smoke' } });
    expect(back.stages[1]!.actions).toEqual(doc.stages[1]!.actions);
  });

  it('shares what the pick does not touch, and leaves the input alone', () => {
    const out = picked(doc, 'UseS3', 'else');
    expect(out.stages[0]!.actions[1]).toBe(doc.stages[0]!.actions[1]);
    expect(doc.stages[0]!.actions[0]!.actionTypeId).toEqual(source);
  });

  it('refuses a condition no conditional tests, and a branch that is neither then nor else', () => {
    expect(applyEdit(doc, { kind: 'pickBranch', condition: 'Other', branch: 'then' }).ok).toBe(false);
    const bad = { kind: 'pickBranch', condition: 'IsProd', branch: 'maybe' } as unknown as Parameters<
      typeof applyEdit
    >[1];
    expect(applyEdit(doc, bad).ok).toBe(false);
  });
});
