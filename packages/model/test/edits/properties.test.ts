import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Pipeline, applyEdit, generatePipeline, type PipelineEdit } from '../../src/index.js';
import { referencesIn } from '../helpers/aws-rules.js';
import { deepFreeze } from '../helpers/freeze.js';

/*
 * Random edit sequences on generated pipelines. Indexes run one past the end and
 * names come from a small pool mixed with existing names, so refusals
 * (out-of-range, collisions) are exercised as much as successes.
 */

const NAMES = ['Alpha', 'Beta', 'Source-1', 'Build-2', 'Source-1-out', 'Source-1-vars', 'x', ''];
const KINDS = [
  'addStage',
  'removeStage',
  'renameStage',
  'moveStage',
  'addAction',
  'removeAction',
  'renameAction',
  'moveAction',
  'setField',
  'addInputArtifact',
  'removeInputArtifact',
  'addOutputArtifact',
  'removeOutputArtifact',
  'renameArtifact',
  'renameNamespace',
  'pickBranch',
] as const;

interface EditSeed {
  kind: (typeof KINDS)[number];
  i: number;
  j: number;
  k: number;
  name: string;
  flag: boolean;
  useExisting: boolean;
}

const seedArb: fc.Arbitrary<EditSeed> = fc.record({
  kind: fc.constantFrom(...KINDS),
  i: fc.nat(60),
  j: fc.nat(60),
  k: fc.nat(60),
  name: fc.constantFrom(...NAMES),
  flag: fc.boolean(),
  useExisting: fc.boolean(),
});

const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(1, items.length)];

function outputs(p: Pipeline): string[] {
  return p.stages.flatMap((s) => s.actions.flatMap((a) => (a.outputArtifacts ?? []).map((o) => o.name as string)));
}
function namespaces(p: Pipeline): string[] {
  return p.stages.flatMap((s) => s.actions.flatMap((a) => (a.namespace === undefined ? [] : [a.namespace as string])));
}

/** Turns a random seed into a concrete edit against the current pipeline. */
function toEdit(p: Pipeline, seed: EditSeed): PipelineEdit {
  const stage = seed.i % (p.stages.length + 1);
  const actions = p.stages[stage]?.actions.length ?? 0;
  const action = seed.j % (actions + 1);
  const existingAction = p.stages[stage]?.actions[action]?.name as string | undefined;
  const name = seed.useExisting && existingAction ? existingAction : seed.name;
  switch (seed.kind) {
    case 'addStage':
      return {
        kind: 'addStage',
        stage: { name, actions: [{ name: 'Approve', actionTypeId: manual }] },
        index: seed.k % (p.stages.length + 2),
      };
    case 'removeStage':
      return { kind: 'removeStage', stage };
    case 'renameStage':
      return {
        kind: 'renameStage',
        stage,
        name: seed.useExisting ? ((p.stages[seed.k % p.stages.length]?.name as string) ?? name) : name,
      };
    case 'moveStage':
      return { kind: 'moveStage', from: stage, to: seed.k % (p.stages.length + 1) };
    case 'addAction':
      return { kind: 'addAction', stage, action: { name, actionTypeId: manual, runOrder: 1 + (seed.k % 4) } };
    case 'removeAction':
      return { kind: 'removeAction', stage, action };
    case 'renameAction':
      return { kind: 'renameAction', stage, action, name };
    case 'moveAction':
      return {
        kind: 'moveAction',
        stage,
        action,
        toStage: seed.k % (p.stages.length + 1),
        runOrder: seed.flag ? 1 + (seed.k % 5) : seed.k % 3,
        insertAsNewStep: seed.useExisting,
      };
    case 'setField': {
      const paths = [
        [`/stages/${stage}/actions/${action}/configuration/Key${seed.k % 3}`, `value-${seed.k}`],
        [`/stages/${stage}/actions/${action}/runOrder`, seed.flag ? 1 + (seed.k % 9) : 'soon'],
        [`/stages/${stage}/name`, seed.flag ? name : 7],
        [`/stages/${stage}/actions/${action}/actionTypeId`, seed.flag ? undefined : manual],
        [`/stages/${stage}/actions/${action}/configuration/__proto__`, 'data'],
        ['/executionMode', seed.flag ? 'PARALLEL' : 'SOMETIMES'],
      ] as const;
      const [path, value] = pick(paths, seed.k) as (typeof paths)[number];
      return { kind: 'setField', path, value };
    }
    case 'addInputArtifact':
    case 'removeInputArtifact':
    case 'addOutputArtifact':
    case 'removeOutputArtifact':
      return { kind: seed.kind, stage, action, name: seed.useExisting ? (pick(outputs(p), seed.k) ?? name) : name };
    case 'renameArtifact':
      return {
        kind: 'renameArtifact',
        from: pick(outputs(p), seed.k) ?? 'none',
        to: seed.useExisting ? (pick(outputs(p), seed.i) ?? name) : `${name}art${seed.i}`,
      };
    case 'renameNamespace':
      return {
        kind: 'renameNamespace',
        from: pick(namespaces(p), seed.k) ?? 'none',
        to: seed.useExisting ? (pick(namespaces(p), seed.i) ?? name) : `${name}ns${seed.i}`,
      };
    case 'pickBranch':
      // Generated pipelines hold no conditionals: a pick must be refused and change nothing.
      return { kind: 'pickBranch', condition: name, branch: seed.flag ? 'then' : 'else' };
  }
}

const manual = { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' } as const;

/** What must hold after a successful rename. */
function staleReferences(before: Pipeline, after: Pipeline, edit: PipelineEdit): string[] {
  const problems: string[] = [];
  if (edit.kind === 'renameArtifact' && edit.from !== edit.to) {
    for (const stage of after.stages) {
      for (const a of stage.actions) {
        const names = [...(a.inputArtifacts ?? []), ...(a.outputArtifacts ?? [])].map((x) => x.name);
        if (names.includes(edit.from)) problems.push(`${String(a.name)} still lists ${edit.from}`);
        const config = a.configuration ?? {};
        if (config['PrimarySource'] === edit.from) problems.push(`${String(a.name)} PrimarySource`);
        if (String(config['TemplatePath'] ?? '').startsWith(`${edit.from}::`))
          problems.push(`${String(a.name)} TemplatePath`);
      }
    }
  }
  if (edit.kind === 'renameNamespace' && edit.from !== edit.to) {
    if (namespaces(after).includes(edit.from)) problems.push(`namespace ${edit.from} still declared`);
    if (referencesIn(after).some((r) => r.namespace === edit.from)) problems.push(`#{${edit.from}.*} still referenced`);
    const countBefore = referencesIn(before).filter((r) => r.namespace === edit.from).length;
    const countAfter = referencesIn(after).filter((r) => r.namespace === edit.to).length;
    if (countAfter !== countBefore)
      problems.push(`expected ${countBefore} references to ${edit.to}, found ${countAfter}`);
  }
  if (edit.kind === 'renameAction' && edit.stage === 0) {
    const old = before.stages[0]?.actions[edit.action]?.name;
    const stillThere = after.stages[0]?.actions.some((a) => a.name === old);
    if (!stillThere && after.triggers?.some((t) => t.gitConfiguration.sourceActionName === old)) {
      problems.push(`a trigger still names ${String(old)}`);
    }
  }
  return problems;
}

describe('applyEdit properties', () => {
  it('keeps generated pipelines schema-valid, never mutates, and leaves no stale reference', () => {
    let applied = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(1000),
        fc.array(seedArb, { minLength: 1, maxLength: 25 }),
        (stages, actionsPerStage, seed, seeds) => {
          let pipeline = deepFreeze(generatePipeline({ stages, actionsPerStage, seed }));
          for (const editSeed of seeds) {
            const edit = toEdit(pipeline, editSeed);
            const snapshot = JSON.stringify(pipeline);
            const result = applyEdit(pipeline, edit);
            expect(JSON.stringify(pipeline)).toBe(snapshot);
            if (!result.ok) {
              expect(result.reason.length).toBeGreaterThan(0);
              refused++;
              continue;
            }
            applied++;
            const checked = Pipeline.safeParse(result.pipeline);
            expect(checked.success, `${edit.kind}: ${checked.error?.message}`).toBe(true);
            expect(staleReferences(pipeline, result.pipeline, edit)).toEqual([]);
            pipeline = deepFreeze(result.pipeline);
          }
        },
      ),
      { numRuns: 150, seed: 20261126 },
    );
    // Both outcomes must be exercised, or the property says little.
    expect(applied).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it('renames every reference on large generated pipelines', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(1_000), (seed, pickIndex) => {
        const pipeline = deepFreeze(generatePipeline({ stages: 12, actionsPerStage: 8, seed }));
        const from = pick(namespaces(pipeline), pickIndex) as string;
        const edit: PipelineEdit = { kind: 'renameNamespace', from, to: 'Renamed' };
        const result = applyEdit(pipeline, edit);
        expect(result.ok).toBe(true);
        if (result.ok) expect(staleReferences(pipeline, result.pipeline, edit)).toEqual([]);
        const artifact = pick(outputs(pipeline), pickIndex) as string;
        const rename: PipelineEdit = { kind: 'renameArtifact', from: artifact, to: 'RenamedArtifact' };
        const renamed = applyEdit(pipeline, rename);
        expect(renamed.ok).toBe(true);
        if (renamed.ok) expect(staleReferences(pipeline, renamed.pipeline, rename)).toEqual([]);
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});
