import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyEdit, type Pipeline } from '@pipewright/model';
import { validate } from '@pipewright/validator';
import { describe, expect, it } from 'vitest';
import { exportPipeline } from '../../src/export-pipeline.js';
import { importPipelines } from '../../src/import/import-pipelines.js';
import type { ImportedPipeline } from '../../src/import/types.js';
import { botocoreAvailable, validateCreatePipeline } from '../support/botocore.js';

/*
 * The branch of an `Fn::If` the user picks (the `pickBranch` edit, issue 15): the API JSON
 * writes the picked branch and names the element, the condition and the branch; an absent
 * picked branch leaves the element out; CloudFormation still gets the whole `Fn::If`.
 */

const here = dirname(fileURLToPath(import.meta.url));
const CONDITIONAL = readFileSync(join(here, 'conditional.yaml'), 'utf8');
const boto = botocoreAvailable();
if (!boto) console.error('\n!!! python3 botocore is NOT installed: picked-branch API JSON checks are SKIPPED !!!\n');

function importOne(text: string): ImportedPipeline {
  const result = importPipelines(new TextEncoder().encode(text), { fileName: 'conditional.yaml' });
  if (!result.ok) throw new Error(result.error.message);
  return result.pipelines[0]!;
}

function pick(pipeline: Pipeline, condition: string, branch: 'then' | 'else'): Pipeline {
  const result = applyEdit(pipeline, { kind: 'pickBranch', condition, branch });
  if (!result.ok) throw new Error(result.reason);
  return result.pipeline;
}

const imported = importOne(CONDITIONAL);
const json = (pipeline: Pipeline) => exportPipeline(pipeline, 'json', { extras: imported.extras });
const written = (text: string) => (JSON.parse(text) as { pipeline: Pipeline }).pipeline;

describe('picking the branch of a condition for the API JSON', () => {
  it('writes the else branch of IsProd: Smoke instead of SignOff, the dev bucket, and no Audit', () => {
    const picked = pick(imported.pipeline, 'IsProd', 'else');
    const out = json(picked);
    const pipeline = written(out.text);
    expect(pipeline.stages.map((s) => s.name)).toEqual(['Fetch', 'Compile', 'Smoke', 'Ship']);
    expect(pipeline.stages[1]!.actions.map((a) => a.name)).toEqual(['Compile']);
    expect(pipeline.stages[3]!.actions[0]!.configuration?.['BucketName']).toBe('web-dev-111122223333');
    // UseS3 is not picked: its shown branch stays.
    expect(pipeline.stages[0]!.actions[0]!.actionTypeId.provider).toBe('S3');
    if (boto) expect(validateCreatePipeline({ export: out.text })).toEqual({ export: '' });
  });

  it('names the element, the condition and the picked branch in each warning', () => {
    const out = json(pick(imported.pipeline, 'IsProd', 'else'));
    const at = (path: string) => out.warnings.find((w) => w.code === 'conditional-branch-picked' && w.path === path);
    expect(at('/stages/2')?.message).toMatch(/stage "Smoke".*IsProd.*picked else branch \(IsProd false\)/);
    expect(at('/stages/2')?.message).toContain('stage SignOff (the then branch) is left out');
    expect(at('/stages/1/actions/1')?.message).toMatch(/action "Audit" of stage "Compile".*IsProd.*picked else branch/);
    expect(at('/stages/1/actions/1')?.message).toContain('left out');
    expect(at('/stages/3/actions/0/configuration')?.message).toMatch(
      /action "Upload" of stage "Ship", configuration.*IsProd.*picked else/,
    );
    // A condition nobody picked still says which branch is written, and how to choose.
    expect(at('/stages/0/actions/0/actionTypeId')?.message).toMatch(/UseS3.*then branch.*Pick the branch/);
  });

  it('writes the other branch of an action type and its configuration together (one condition)', () => {
    const pipeline = written(json(pick(imported.pipeline, 'UseS3', 'else')).text);
    const checkout = pipeline.stages[0]!.actions[0]!;
    expect(checkout.actionTypeId.provider).toBe('CodeCommit');
    expect(checkout.configuration).toEqual({
      RepositoryName: 'web',
      BranchName: 'main',
      PollForSourceChanges: 'false',
    });
  });

  it('leaves the CloudFormation export unchanged, and picking back restores the document', () => {
    const picked = pick(imported.pipeline, 'IsProd', 'else');
    for (const target of ['cloudformation', 'cloudformation-json'] as const) {
      const options = { extras: imported.extras };
      expect(exportPipeline(picked, target, options).text).toBe(
        exportPipeline(imported.pipeline, target, options).text,
      );
    }
    const back = pick(picked, 'IsProd', 'then');
    expect(json(back).text).toBe(json(imported.pipeline).text);
    expect(back.stages.map((s) => s.name)).toEqual(['Fetch', 'Compile', 'SignOff', 'Ship']);
  });

  it('validates the picked document as every branch, without new errors', () => {
    const picked = pick(imported.pipeline, 'IsProd', 'else');
    expect(validate(picked).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('refuses a condition no conditional tests', () => {
    expect(applyEdit(imported.pipeline, { kind: 'pickBranch', condition: 'Nope', branch: 'else' })).toMatchObject({
      ok: false,
    });
  });
});
