import { applyEdit, parsePipelineJson, templates, type Pipeline } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { CORPUS_TAG, listCorpus, readCorpusBytes } from '../../../test-support/corpus.mjs';
import { listFixtures, readFixtureBytes } from '../../../test-support/fixtures.mjs';
import { validate } from '../src/engine.js';
import { pipeline, role, source, stage, withStages } from './fixtures.js';

/*
 * Every fix the validator offers makes things better: applied, the pipeline has fewer problems
 * than before (issue 18: "Add 'RoleArn' with an empty value" took 2 errors to 3). A fix that
 * cannot promise that is not offered. Run over the templates, hand-written cases and the corpus.
 */

interface Offered {
  ruleId: string;
  path: string;
  title: string;
  before: number;
  after: number | 'refused';
}

function everyFix(subject: Pipeline): Offered[] {
  const diagnostics = validate(subject);
  return diagnostics.flatMap((d) => {
    if (!d.fix) return [];
    const applied = applyEdit(subject, d.fix.edit);
    const after = applied.ok ? validate(applied.pipeline).length : ('refused' as const);
    return [{ ruleId: d.ruleId, path: d.path, title: d.fix.title, before: diagnostics.length, after }];
  });
}

const worse = (offers: Offered[]) => offers.filter((o) => o.after === 'refused' || o.after >= o.before);

/** Pipelines with problems that have fixes, written here so the test runs without the corpus. */
const cases: { name: string; pipeline: Pipeline }[] = [
  {
    name: 'a CloudFormation deploy without RoleArn',
    pipeline: withStages(
      stage('Source', source()),
      stage('Deploy', {
        name: 'Deploy',
        actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' },
        configuration: { ActionMode: 'CREATE_UPDATE', StackName: 'app' },
        inputArtifacts: [{ name: 'SourceOutput' }],
      }),
    ),
  },
  {
    name: 'a CodeBuild action with two inputs and no PrimarySource',
    pipeline: withStages(
      stage('Source', source(), source('Other', 'OtherOutput', { namespace: 'OtherVariables' })),
      stage('Build', {
        name: 'Build',
        actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
        configuration: { ProjectName: 'app-build' },
        inputArtifacts: [{ name: 'SourceOutput' }, { name: 'OtherOutput' }],
      }),
    ),
  },
  { name: 'a V1 pipeline using V2 features', pipeline: pipeline({ pipelineType: 'V1', variables: [{ name: 'x' }] }) },
  {
    name: 'a run order out of range',
    pipeline: withStages(stage('Source', source('Source', 'SourceOutput', { runOrder: 1000 }))),
  },
  {
    name: 'a polling source',
    pipeline: withStages(stage('Source', source('Source', 'SourceOutput', { roleArn: role() }))),
  },
];

describe('every offered fix lowers the problem count', () => {
  it.each(templates.map((t) => [t.id, t.pipeline] as const))('template %s', (_id, subject) => {
    expect(worse(everyFix(subject))).toEqual([]);
  });
  it.each(cases.map((c) => [c.name, c.pipeline] as const))('%s', (_name, subject) => {
    const offers = everyFix(subject);
    expect(worse(offers)).toEqual([]);
  });
  it('offers fixes at all on the hand-written cases (else the test above proves nothing)', () => {
    expect(cases.flatMap((c) => everyFix(c.pipeline)).length).toBeGreaterThan(2);
  });
});

const realJson = listCorpus('real', 'json').filter((name) => name.endsWith('.json'));

describe('every offered fix lowers the problem count on real pipelines', { tags: [CORPUS_TAG] }, () => {
  // Also keeps the suite non-empty without the corpus, so the tag skips it instead of vitest failing it.
  it('finds the corpus JSON pipelines', () => {
    expect(realJson.length).toBeGreaterThan(20);
  });
  for (const name of realJson)
    it(name, () => {
      const parsed = parsePipelineJson(readCorpusBytes('real', 'json', name));
      if (!parsed.ok) return; // broken on purpose (the corpus manifest says which)
      expect(worse(everyFix(parsed.document.pipeline))).toEqual([]);
    });
});

describe("every offered fix lowers the problem count on the team's JSON fixtures", () => {
  const fixtures = listFixtures('json').filter((name) => name.endsWith('.json'));
  it('finds the fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(3);
  });
  for (const name of fixtures)
    it(name, () => {
      const parsed = parsePipelineJson(readFixtureBytes('json', name));
      if (!parsed.ok) return; // broken on purpose (the fixtures' manifest says which)
      expect(worse(everyFix(parsed.document.pipeline))).toEqual([]);
    });
});
