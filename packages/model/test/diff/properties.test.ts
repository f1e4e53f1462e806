import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, diffPipelines, generatePipeline, templates, type Pipeline } from '../../src/index.js';
import { release } from './fixtures.js';
import { OPS, applyOp, type Op } from './mutations.js';

/*
 * diff(x, x) is empty, and the diff is complete: applying its new values to
 * the old side gives the new declaration (up to what a declaration does not
 * distinguish: empty lists, defaults, AWS's version counter).
 */

/** The declaration with what the diff treats as "the same" spelled one way. */
export function canonical(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map((v) => canonical(v));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      if (k === 'version' && key === undefined) continue;
      const v = canonical((value as Record<string, unknown>)[k], k);
      if (v !== undefined) out[k] = v;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return value;
}

function withDefaults(p: Pipeline, sortActions = false): unknown {
  const copy = structuredClone(p) as Pipeline;
  copy.executionMode ??= 'SUPERSEDED';
  copy.pipelineType ??= 'V1';
  for (const s of copy.stages) for (const a of s.actions) a.runOrder ??= 1;
  if (sortActions) for (const s of copy.stages) s.actions.sort((x, y) => String(x.name).localeCompare(String(y.name)));
  return canonical(copy);
}

const bases: Pipeline[] = [
  release(),
  ...templates.map((t) => t.pipeline),
  generatePipeline({ stages: 4, actionsPerStage: 5, seed: 3 }),
];

const opArb: fc.Arbitrary<Op> = fc.record({
  op: fc.constantFrom(...OPS),
  a: fc.nat(20),
  b: fc.nat(20),
  c: fc.nat(20),
  value: fc.constantFrom('Alpha', 'Beta', 'main', 'dev', 'Deploy', 'Build'),
});

const junkStage = fc.oneof(fc.anything(), fc.record({ name: fc.anything(), actions: fc.array(fc.anything()) }));
const junk = fc.oneof(
  fc.anything(),
  fc.record(
    {
      name: fc.anything(),
      roleArn: fc.anything(),
      stages: fc.oneof(fc.anything(), fc.array(junkStage, { maxLength: 4 })),
      triggers: fc.anything(),
      artifactStore: fc.anything(),
      artifactStores: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

describe('diff properties', () => {
  it('the diff of a document with itself (or a copy) is empty', () => {
    for (const p of bases) {
      expect(diffPipelines(p, p).changes).toEqual([]);
      expect(diffPipelines(p, structuredClone(p)).changes).toEqual([]);
      expect(diffPipelines(p, p).risks).toEqual([]);
    }
  });

  it('applying the diff to the old side gives the new declaration', () => {
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.array(opArb, { maxLength: 8 }), (which, ops) => {
        const old = bases[which] as Pipeline;
        const next = structuredClone(old);
        for (const op of ops) applyOp(next, op);
        const diff = diffPipelines(old, next);
        const applied = applyDiff(old, diff);
        expect(withDefaults(applied)).toEqual(withDefaults(next));
        // No change means the same declaration, up to the order of actions in a stage (run order decides).
        if (diff.changes.length === 0) expect(withDefaults(old, true)).toEqual(withDefaults(next, true));
      }),
      { numRuns: 400 },
    );
  });

  it('never modifies its inputs', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 5 }), (ops) => {
        const old = release();
        const next = structuredClone(old);
        for (const op of ops) applyOp(next, op);
        const before = [structuredClone(old), structuredClone(next)];
        const diff = diffPipelines(old, next);
        applyDiff(old, diff);
        expect([old, next]).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('does not throw on broken documents', () => {
    fc.assert(
      fc.property(junk, junk, (a, b) => {
        const diff = diffPipelines(a as Pipeline, b as Pipeline);
        expect(Array.isArray(diff.changes)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
