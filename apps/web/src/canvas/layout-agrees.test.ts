import {
  artifactProducers,
  getAtPointer,
  opaque,
  parsePipelineJson,
  templates,
  type Action,
  type Pipeline,
} from '@pipewright/model';
import { rules, runRules } from '@pipewright/validator';
import { describe, expect, it } from 'vitest';
import { listCorpus, readCorpusBytes } from '../../../../test-support/corpus.mjs';
import { listFixtures, readFixtureBytes } from '../../../../test-support/fixtures.mjs';
import { actionNodeId, layoutPipeline } from './layout.js';

/*
 * The canvas draws an edge red (backwards) exactly where the validator's `artifact-input-order`
 * reports the input: both ask the model (`usedBeforeProduced`), and this holds them to it over
 * the templates, the team's fixtures and the corpus. An action that consumes only its own output
 * gets no edge to itself on the canvas (its node shows the diagnostic), so those are left out.
 */

const artifactInputOrder = rules.find((r) => r.id === 'artifact-input-order')!;
const INPUT = /^\/stages\/(\d+)\/actions\/(\d+)\/inputArtifacts\/\d+\/name$/;

/** `consumer node > artifact` for every input the validator reports as used before it is produced. */
function reported(pipeline: Pipeline): string[] {
  const out = new Set<string>();
  const producers = artifactProducers(pipeline);
  for (const d of runRules(pipeline, [artifactInputOrder])) {
    const match = INPUT.exec(d.path);
    if (!match) continue;
    const [stage, action] = [Number(match[1]), Number(match[2])];
    const artifact = String(getAtPointer(pipeline, d.path));
    const own = (producers.get(artifact) ?? []).every((p) => p.stageIndex === stage && p.actionIndex === action);
    if (!own) out.add(`${actionNodeId(stage, action)}>${artifact}`);
  }
  return [...out].sort();
}

/** `consumer node > artifact` for every backwards edge the canvas draws. */
function drawnBackwards(pipeline: Pipeline): string[] {
  const edges = layoutPipeline(pipeline).edges.filter((e) => e.backwards);
  return [...new Set(edges.map((e) => `${e.target}>${e.artifact}`))].sort();
}

const build = (name: string, runOrder: Action['runOrder'], io: Partial<Action>): Action => ({
  name,
  actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
  configuration: { ProjectName: name },
  ...(runOrder === undefined ? {} : { runOrder }),
  ...io,
});

describe('canvas edges agree with artifact-input-order', () => {
  it('on a run order that is an expression: no report and no backwards edge, in either direction', () => {
    const expression = opaque('cloudformation', { Ref: 'Order' });
    const pipeline: Pipeline = {
      name: 'p',
      roleArn: 'r',
      stages: [
        {
          name: 'Build',
          actions: [
            build('Make', 1, { outputArtifacts: [{ name: 'Bin' }] }),
            build('Use', expression, { inputArtifacts: [{ name: 'Bin' }], outputArtifacts: [{ name: 'Out' }] }),
            build('UseOut', 1, { inputArtifacts: [{ name: 'Out' }] }),
            build('Late', 1, { inputArtifacts: [{ name: 'Later' }] }),
            build('Later', 2, { outputArtifacts: [{ name: 'Later' }] }),
          ],
        },
      ],
    };
    expect(reported(pipeline)).toEqual(['a:0:3>Later']);
    expect(drawnBackwards(pipeline)).toEqual(reported(pipeline));
  });
});

const sets = [
  { name: 'templates', tags: [] as string[], pipelines: () => templates.map((t) => t.pipeline) },
  {
    name: "the team's JSON fixtures",
    tags: [],
    pipelines: () => readable(listFixtures('json'), (f) => readFixtureBytes('json', f)),
  },
  {
    name: 'real pipelines (corpus real/json)',
    tags: ['corpus'],
    pipelines: () => readable(listCorpus('real', 'json'), (f) => readCorpusBytes('real', 'json', f)),
  },
];

function readable(files: string[], read: (file: string) => Uint8Array): Pipeline[] {
  return files.flatMap((file) => {
    if (!file.endsWith('.json')) return [];
    const parsed = parsePipelineJson(read(file));
    return parsed.ok ? [parsed.document.pipeline] : [];
  });
}

for (const set of sets)
  describe(`canvas edges agree with artifact-input-order over ${set.name}`, { tags: set.tags }, () => {
    it('draws backwards exactly the inputs the validator reports', () => {
      const pipelines = set.pipelines();
      expect(pipelines.length).toBeGreaterThan(0);
      for (const pipeline of pipelines) expect(drawnBackwards(pipeline)).toEqual(reported(pipeline));
    });
  });
