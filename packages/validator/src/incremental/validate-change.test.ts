import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, generatePipeline, templates, type Pipeline, type PipelineEdit } from '@pipewright/model';
import { validate } from '../engine.js';
import type { ValidateOptions } from '../types.js';
import { changedStages } from './changed-stages.js';
import { stageOfPath } from './stage-of-path.js';
import { validateChange, type Validation } from './validate-change.js';

/*
 * The property: after any sequence of edits, the incremental result equals validating the whole
 * document (deep equality: messages, paths, related, fixes and their order).
 */

/** An edit to make, as numbers and picks that are turned into a real edit of the document at hand. */
interface EditSeed {
  kind: number;
  stage: number;
  action: number;
  pick: number;
  text: string;
}

const NAMES = ['Build', 'Build2', 'Deploy', 'bad name!', '', 'Source', 'Test', 'x'.repeat(101), '<your-name>'];
// Repeated entries come up more often: a value two stages share is what pipeline-wide rules compare.
const STRINGS = [
  '#{variables.missing}',
  '#{variables.missing}',
  '#{variables.missing}',
  '<your-account-id>',
  'arn:aws:iam::999999999999:role/other',
  'arn:aws:iam::123456789012:role/pipeline',
  'not an arn',
  '',
  'hunter2',
  '#{variables.missing}',
  '#{Nowhere.key}',
  '#{SourceVariables.CommitId}',
  'true',
  'false',
  'eu-west-1',
  'us-east-1',
  '123456789012',
];
const ACTION_FIELDS: [string, readonly unknown[]][] = [
  ['name', ['Build', 'Deploy', 'Source']], // setField takes a duplicate name that renameAction refuses
  ['region', ['eu-west-1', 'us-east-1']],
  ['roleArn', ['arn:aws:iam::999999999999:role/deployer', 'nope', '', '<your-role-arn>', undefined]],
  ['region', ['eu-west-1', 'us-east-1', 'mars-1', undefined]],
  ['runOrder', [0, 1, 2, 3, 1000, 1.5, undefined]],
  ['timeoutInMinutes', [3, 60, 100000, undefined]],
  ['namespace', ['SourceVariables', 'BuildVariables', 'bad ns', undefined]],
  ['inputArtifacts', [[], [{ name: 'SourceArtifact' }], [{ name: 'Nobody' }, { name: 'Nobody' }], undefined]],
  ['outputArtifacts', [[], [{ name: 'SourceArtifact' }], [{ name: 'Fresh' }], undefined]],
  ['actionTypeId', [{ category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' }]],
  ['actionTypeId', [{ category: 'Source', owner: 'ThirdParty', provider: 'GitHub', version: '1' }]],
  ['actionTypeId', [{ category: 'Deploy', owner: 'AWS', provider: 'OpsWorks', version: '1' }]],
  ['actionTypeId', [{ category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' }]],
];
const CONFIG_KEYS = [
  'ProjectName',
  'Password',
  'PollForSourceChanges',
  'Unknown',
  'BranchName',
  'ActionMode',
  'RoleArn',
];
const PIPELINE_FIELDS: [string, readonly unknown[]][] = [
  ['disableInboundStageTransitions', [[{ stageName: 'Build', reason: 'r' }], [{ stageName: 'Deploy' }], undefined]],
  ['pipelineType', ['V1', 'V2', undefined]],
  ['executionMode', ['PARALLEL', 'QUEUED', 'SUPERSEDED', undefined]],
  ['roleArn', ['arn:aws:iam::111111111111:role/p', 'bad', '']],
  ['variables', [[{ name: 'missing' }], [{ name: 'a' }, { name: 'a' }], undefined]],
  ['artifactStores', [{ 'eu-west-1': { type: 'S3', location: 'b' } }, undefined]],
];
const STAGE_FIELDS: [string, readonly unknown[]][] = [
  ['name', ['Build', 'Deploy', 'Source', 'Test']], // setField takes a duplicate name that renameStage refuses
  ['blockers', [[{ name: 'b', type: 'Schedule' }], undefined]],
  ['onFailure', [{ result: 'ROLLBACK' }, { result: 'NOPE' }, undefined]],
  ['beforeEntry', [{ conditions: [{ result: 'SKIP', rules: [] }] }, {}, undefined]],
];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

/** The seed as an edit of `pipeline` (or undefined when the document has nothing to aim at). */
function editOf(pipeline: Pipeline, seed: EditSeed): PipelineEdit | undefined {
  const stages = pipeline.stages;
  if (stages.length === 0) return undefined;
  const s = seed.stage % stages.length;
  const stage = stages[s]!;
  const a = stage.actions.length ? seed.action % stage.actions.length : 0;
  const action = stage.actions[a];
  const base = `/stages/${s}/actions/${a}`;
  switch (seed.kind % 14) {
    case 0:
      return action && { kind: 'renameAction', stage: s, action: a, name: pick(NAMES, seed.pick) + seed.text };
    case 1:
      return { kind: 'renameStage', stage: s, name: pick(NAMES, seed.pick) };
    case 2: {
      const [field, values] = pick(ACTION_FIELDS, seed.pick);
      return action && { kind: 'setField', path: `${base}/${field}`, value: pick(values, seed.action + seed.stage) };
    }
    case 3:
      return (
        action && {
          kind: 'setField',
          path: `${base}/configuration/${pick(CONFIG_KEYS, seed.pick)}`,
          value: pick(STRINGS, seed.action + seed.pick),
        }
      );
    case 4:
      return action && { kind: 'addAction', stage: s, action: { ...action, name: `Copy${seed.pick}${seed.text}` } };
    case 5:
      return action && { kind: 'removeAction', stage: s, action: a };
    case 6:
      return (
        action && {
          kind: 'moveAction',
          stage: s,
          action: a,
          toStage: seed.pick % stages.length,
          runOrder: 1 + (seed.action % 3),
          insertAsNewStep: seed.pick % 2 === 0,
        }
      );
    case 7: {
      const [field, values] = pick(PIPELINE_FIELDS, seed.pick);
      return { kind: 'setField', path: `/${field}`, value: pick(values, seed.action) };
    }
    case 8:
      return seed.pick % 2
        ? { kind: 'removeStage', stage: s }
        : { kind: 'addStage', stage: { name: `New${seed.text}`, actions: stage.actions.slice(0, 1) }, index: s };
    case 9: {
      const from = action?.outputArtifacts?.[0]?.name;
      return typeof from === 'string'
        ? { kind: 'renameArtifact', from, to: pick(NAMES, seed.pick) + 'Out' }
        : undefined;
    }
    case 10: {
      const from = action?.namespace;
      return typeof from === 'string' ? { kind: 'renameNamespace', from, to: `Ns${seed.pick}` } : undefined;
    }
    case 11: {
      const [field, values] = pick(STAGE_FIELDS, seed.pick);
      return { kind: 'setField', path: `/stages/${s}/${field}`, value: pick(values, seed.action) };
    }
    case 12:
      return action && { kind: 'addInputArtifact', stage: s, action: a, name: pick(STRINGS, seed.pick) || 'In' };
    default:
      return action && { kind: 'setField', path: `${base}/configuration`, value: seed.pick % 2 ? {} : undefined };
  }
}

const seedArb: fc.Arbitrary<EditSeed> = fc.record({
  kind: fc.nat(),
  stage: fc.nat(),
  action: fc.nat(),
  pick: fc.nat(),
  text: fc.constantFrom('', '2', 'X'),
});

const pipelineArb: fc.Arbitrary<Pipeline> = fc.oneof(
  fc
    .record({
      stages: fc.integer({ min: 2, max: 6 }),
      actionsPerStage: fc.integer({ min: 1, max: 5 }),
      seed: fc.nat(1000),
    })
    .map((o) => generatePipeline(o)),
  fc.constantFrom(...templates.map((t) => t.pipeline)),
);

const optionsArb: fc.Arbitrary<ValidateOptions> = fc.constantFrom(
  {},
  { region: 'us-east-1' },
  { rules: { 'hardcoded-account-id': 'off', 'name-pattern': 'info' } },
  { incomplete: ['/stages/1'] },
);

describe('validateChange', () => {
  it('equals validate() of the whole document after every edit of random edit sequences', () => {
    fc.assert(
      fc.property(
        pipelineArb,
        fc.array(seedArb, { minLength: 1, maxLength: 16 }),
        optionsArb,
        fc.nat(),
        (start, seeds, options, back) => {
          let validation: Validation = validateChange(undefined, start, options);
          expect(validation.diagnostics).toEqual(validate(start, options));
          const history = [start];
          for (const seed of seeds) {
            const edit = editOf(history[history.length - 1]!, seed);
            if (!edit) continue;
            const result = applyEdit(history[history.length - 1]!, edit);
            if (!result.ok) continue;
            // Now and then, undo back to an earlier version instead (old stage objects again).
            const next = seed.kind % 9 === 8 ? history[back % history.length]! : result.pipeline;
            history.push(next);
            validation = validateChange(validation, next, options);
            expect(validation.diagnostics).toEqual(validate(next, options));
          }
        },
      ),
      { numRuns: Number(process.env.INCREMENTAL_RUNS ?? 300) },
    );
  });

  it('re-validates only the touched stages after an edit inside one, and everything after other options', () => {
    const pipeline = generatePipeline({ stages: 4, actionsPerStage: 3 });
    const first = validateChange(undefined, pipeline);
    expect(validateChange(first, pipeline)).toBe(first);
    const renamed = applyEdit(pipeline, { kind: 'renameAction', stage: 2, action: 1, name: 'bad name!' });
    if (!renamed.ok) throw new Error(renamed.reason);
    const second = validateChange(first, renamed.pipeline);
    expect(second.reports).toHaveLength(first.reports!.length);
    // Stage 0's reports are the very same arrays: not re-computed.
    second.reports!.forEach((r, i) => expect(r.byStage[0]).toBe(first.reports![i]!.byStage[0]));
    expect(second.diagnostics).toEqual(validate(renamed.pipeline));
    expect(second.diagnostics.some((d) => d.path === '/stages/2/actions/1/name')).toBe(true);
    const other = validateChange(second, renamed.pipeline, { region: 'eu-west-1' });
    expect(other.diagnostics).toEqual(validate(renamed.pipeline, { region: 'eu-west-1' }));
  });
});

describe('changedStages', () => {
  const pipeline = generatePipeline({ stages: 3, actionsPerStage: 2 });
  it('lists the replaced stages when nothing else changed', () => {
    const edited = applyEdit(pipeline, { kind: 'renameStage', stage: 1, name: 'Other' });
    expect(edited.ok && changedStages(pipeline, edited.pipeline)).toEqual([1]);
    expect(changedStages(pipeline, { ...pipeline })).toEqual([]);
  });
  it('is undefined when a pipeline field or the number of stages changed', () => {
    expect(changedStages(pipeline, { ...pipeline, pipelineType: 'V1' })).toBeUndefined();
    expect(changedStages(pipeline, { ...pipeline, stages: pipeline.stages.slice(1) })).toBeUndefined();
    const { pipelineType: _, ...without } = pipeline;
    expect(changedStages(pipeline, without as Pipeline)).toBeUndefined();
  });
});

describe('stageOfPath', () => {
  it('reads the stage index of pointers at or under a stage', () => {
    expect(stageOfPath('/stages/12/actions/3/name')).toBe(12);
    expect(stageOfPath('/stages/0')).toBe(0);
    expect(stageOfPath('/stages')).toBe(-1);
    expect(stageOfPath('/stages/01')).toBe(-1);
    expect(stageOfPath('/stages/1x')).toBe(-1);
    expect(stageOfPath('/roleArn')).toBe(-1);
  });
});
