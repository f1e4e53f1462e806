import { describe, expect, it } from 'vitest';
import { diffPipelines, templates, type Action, type Pipeline } from '@pipewright/model';
import { importPipelines } from '../src/index.js';
import { listCorpus, readCorpusBytes, readCorpusText } from '../../../test-support/corpus.mjs';

/*
 * The diff reports exactly the mutations made: each of the seven templates and
 * each pipeline of the real corpus (every format, read by the importers) against
 * a copy with one action renamed, one moved to another stage, one deleted and
 * the pipeline role changed, first one at a time, then all four together.
 */

type Expected = [kind: string, target: string, field: string, oldPath: string | undefined, newPath: string | undefined];

interface Place {
  stage: number;
  action: number;
}

const isAction = (a: unknown): a is Action =>
  typeof a === 'object' &&
  a !== null &&
  typeof (a as Action).name === 'string' &&
  typeof (a as Action).actionTypeId === 'object';

/** Places of actions with literal names in stages that are objects with literal names. */
function actionPlaces(p: Pipeline): Place[] {
  const places: Place[] = [];
  p.stages.forEach((stage, s) => {
    if (typeof stage?.name !== 'string' || !Array.isArray(stage.actions)) return;
    stage.actions.forEach((a, i) => {
      if (isAction(a)) places.push({ stage: s, action: i });
    });
  });
  return places;
}

const pathOf = (p: Place) => `/stages/${p.stage}/actions/${p.action}`;
const nameAt = (p: Pipeline, at: Place) => (p.stages[at.stage]?.actions[at.action] as Action).name as string;

interface Mutation {
  name: string;
  apply(p: Pipeline): void;
  expected: Expected[];
}

/** The four mutations on distinct actions of `p`, or fewer when the pipeline is too small. */
function mutations(p: Pipeline): Mutation[] {
  const places = actionPlaces(p);
  const found: Mutation[] = [];
  const [renamed, moved, removed] = [
    places[0],
    places.find((x) => x !== places[0] && p.stages.length > 1),
    places.at(-1),
  ];
  if (renamed) {
    found.push({
      name: 'rename',
      apply: (q) => void ((q.stages[renamed.stage]?.actions[renamed.action] as Action).name = 'RenamedByTest'),
      expected: [['renamed', 'action', '/name', `${pathOf(renamed)}/name`, `${pathOf(renamed)}/name`]],
    });
  }
  if (moved) {
    const movedName = nameAt(p, moved);
    const target = p.stages.findIndex(
      (s, i) =>
        i !== moved.stage &&
        typeof s?.name === 'string' &&
        Array.isArray(s.actions) &&
        !s.actions.some((a) => isAction(a) && a.name === movedName),
    );
    if (target >= 0)
      found.push({
        name: 'move',
        apply: (q) => {
          const [action] = (q.stages[moved.stage] as { actions: Action[] }).actions.splice(moved.action, 1);
          (q.stages[target] as { actions: Action[] }).actions.push(action as Action);
        },
        expected: [
          ['moved', 'action', '', pathOf(moved), `/stages/${target}/actions/${p.stages[target]!.actions.length}`],
        ],
      });
  }
  if (removed && removed !== renamed) {
    found.push({
      name: 'delete',
      apply: (q) => void (q.stages[removed.stage] as { actions: Action[] }).actions.splice(removed.action, 1),
      expected: [['removed', 'action', '', pathOf(removed), undefined]],
    });
  }
  found.push({
    name: 'change the pipeline role',
    apply: (q) => void (q.roleArn = 'arn:aws:iam::999999999999:role/changed-by-test'),
    expected: [['changed', 'pipeline', '/roleArn', '/roleArn', '/roleArn']],
  });
  return found;
}

function summary(old: Pipeline, next: Pipeline): Expected[] {
  return diffPipelines(old, next).changes.map((c) => [c.kind, c.target, c.field, c.oldPath, c.newPath]);
}

function checkPipeline(label: string, pipeline: Pipeline): number {
  expect(diffPipelines(pipeline, structuredClone(pipeline)).changes, label).toEqual([]);
  const all = mutations(pipeline);
  for (const m of all) {
    const next = structuredClone(pipeline);
    m.apply(next);
    expect(summary(pipeline, next), `${label}: ${m.name}`).toEqual(m.expected);
  }
  // All together: the rename and the removal at once (indices do not interfere), plus the role.
  const rename = all.find((m) => m.name === 'rename');
  const remove = all.find((m) => m.name === 'delete');
  const role = all.find((m) => m.name === 'change the pipeline role') as Mutation;
  if (rename && remove) {
    const next = structuredClone(pipeline);
    role.apply(next);
    rename.apply(next);
    remove.apply(next);
    const got = summary(pipeline, next);
    const expected = [...role.expected, ...rename.expected, ...remove.expected];
    expect(sortExpected(got), `${label}: together`).toEqual(sortExpected(expected));
  }
  return all.length;
}

const sortExpected = (rows: Expected[]) => [...rows].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));

describe('diff of a pipeline against a mutated copy reports exactly the mutations', () => {
  it('the seven templates', () => {
    const patterns = templates.filter((t) => t.id !== 'blank');
    expect(patterns.length).toBe(7);
    for (const t of patterns) expect(checkPipeline(t.id, t.pipeline), t.id).toBe(4);
  });

  describe('the real corpus', { tags: ['corpus'] }, () => {
    it('every pipeline of every format', () => {
      const manifest = Object.values(
        JSON.parse(readCorpusText('real', 'manifest.json')) as Record<string, { file: string; issues: string[] }>,
      );
      const broken = new Set(manifest.filter((m) => m.issues.length > 0).map((m) => m.file));
      let pipelines = 0;
      let mutated = 0;
      for (const kind of ['json', 'cfn', 'tf']) {
        for (const name of listCorpus('real', kind)) {
          if (broken.has(`${kind}/${name}`)) continue;
          const result = importPipelines(readCorpusBytes('real', kind, name), { fileName: name });
          if (!result.ok) continue; // the importers' own tests cover what does not import
          for (const p of result.pipelines) {
            if (!Array.isArray(p.pipeline.stages)) continue;
            pipelines++;
            mutated += checkPipeline(`${kind}/${name} ${p.id}`, p.pipeline);
          }
        }
      }
      console.log(`diff mutations: ${pipelines} corpus pipelines, ${mutated} single mutations, each reported exactly`);
      expect(pipelines).toBeGreaterThan(50);
    });
  });
});
