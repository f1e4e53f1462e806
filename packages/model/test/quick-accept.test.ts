import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import providers from '../src/catalogue/providers.generated.json' with { type: 'json' };
import { Pipeline, ProviderSpec, acceptsPipeline, catalogue, generatePipeline, quickAcceptor } from '../src/index.js';
import { corpusSet, fixtureSet } from './helpers/corpus.js';

/*
 * acceptsPipeline answers `true` only where zod's safeParse succeeds. On JSON values (what the
 * readers hand it) it must also never say "ask zod" where zod would accept, or the fast path
 * would quietly fall back to the slow one; both are checked against zod itself.
 */

const zodAccepts = (value: unknown) => Pipeline.safeParse(value).success;

/** A JSON value as `JSON.parse` gives it. */
const jsonValue = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

/** Every place (path) in a JSON tree, the root included. */
function placesOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => placesOf(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) placesOf(item, [...path, key], out);
  return out;
}

type Mutation = { kind: 'replace'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown };

/** A copy of `root` with one place replaced, deleted, or given an extra key. */
function mutate(root: unknown, path: (string | number)[], mutation: Mutation): unknown {
  const copy = structuredClone(root);
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (mutation.kind === 'replace') parent[last] = mutation.value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target))
      (target as Record<string, unknown>)[mutation.key] = mutation.value;
  }
  return copy;
}

const small = generatePipeline({ stages: 3, actionsPerStage: 3 });
const withOpaque = JSON.parse(
  JSON.stringify({
    ...small,
    roleArn: { $opaque: 'cloudformation', expr: { 'Fn::GetAtt': ['Role', 'Arn'] } },
    version: { $opaque: 'terraform', expr: '${var.v}' },
  }),
) as unknown;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  jsonValue.map((value) => ({ kind: 'replace' as const, value })),
  fc.constant({ kind: 'delete' as const }),
  fc
    .record({ key: fc.constantFrom('name', 'expr', '$opaque', 'extra', 'constructor'), value: jsonValue })
    .map((m) => ({ kind: 'add' as const, ...m })),
  fc.constantFrom<Mutation>(
    { kind: 'replace', value: { $opaque: 'terraform', expr: '${x}' } },
    { kind: 'replace', value: { $opaque: 'terraform' } },
    { kind: 'replace', value: { $opaque: 'other', expr: 1 } },
    { kind: 'replace', value: Number.POSITIVE_INFINITY },
    { kind: 'replace', value: 'QUEUED' },
  ),
);

describe('acceptsPipeline', () => {
  it('accepts the generated pipelines zod accepts', () => {
    for (const [stages, actionsPerStage] of [
      [2, 1],
      [3, 3],
      [10, 50],
    ] as const) {
      const pipeline = generatePipeline({ stages, actionsPerStage });
      expect(zodAccepts(pipeline)).toBe(true);
      expect(acceptsPipeline(pipeline)).toBe(true);
    }
    expect(zodAccepts(withOpaque)).toBe(true);
    expect(acceptsPipeline(withOpaque)).toBe(true);
  });

  it('gives the same answer as zod on one-place mutations of a valid pipeline', () => {
    fc.assert(
      fc.property(fc.constantFrom(small, withOpaque), fc.nat(), mutation, (base, pick, change) => {
        const places = placesOf(base);
        const value = mutate(base, places[pick % places.length] ?? [], change);
        // `constructor` keys are always left to zod (its record check reads `value.constructor`).
        const askedZod = change.kind === 'add' && change.key === 'constructor';
        if (acceptsPipeline(value)) expect(zodAccepts(value)).toBe(true);
        else if (!askedZod) expect(zodAccepts(value)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same answer as zod on arbitrary JSON', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        expect(acceptsPipeline(value)).toBe(zodAccepts(value));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves to zod what it does not know: checks, transforms, other prototypes', () => {
    expect(quickAcceptor(z.string().min(3))('abcd')).toBe(false);
    expect(quickAcceptor(z.string().transform((s) => s.length))('abcd')).toBe(false);
    expect(quickAcceptor(z.looseObject({ a: z.string() }))(Object.assign(Object.create({}), { a: 'x' }))).toBe(false);
    expect(quickAcceptor(z.looseObject({ a: z.unknown() }))({})).toBe(false);
    expect(quickAcceptor(z.looseObject({ a: z.string() }))({ a: 'x', b: 1 })).toBe(true);
    expect(quickAcceptor(z.strictObject({ a: z.string() }))({ a: 'x', b: 1 })).toBe(false);
    // A plain (stripping) object only without the keys zod would drop from its output.
    expect(quickAcceptor(z.object({ a: z.string() }))({ a: 'x', b: 1 })).toBe(false);
    expect(quickAcceptor(z.object({ a: z.string().nullable(), b: z.boolean() }))({ a: null, b: true })).toBe(true);
    expect(quickAcceptor(z.object({ b: z.boolean() }))({ b: 'true' })).toBe(false);
  });

  it('accepts the generated catalogue as zod reads it, so the model loads without zod parsing it', () => {
    const schema = z.array(ProviderSpec);
    expect(quickAcceptor(schema)(providers.providers)).toBe(true);
    expect(schema.parse(providers.providers)).toEqual(providers.providers);
    expect(catalogue).toEqual(providers.providers);
  });
});

for (const set of [corpusSet(), fixtureSet()]) {
  describe(`acceptsPipeline on the JSON files of the ${set.name}`, { tags: set.tags }, () => {
    const entries = set.entries.filter((e) => e.kind === 'json');
    it('says what zod says for every declaration', () => {
      let accepted = 0;
      for (const entry of entries) {
        let whole: unknown;
        try {
          whole = JSON.parse(new TextDecoder().decode(set.read(entry.file)));
        } catch {
          continue; // not JSON: nothing to check
        }
        const object = whole as { pipeline?: unknown } | null;
        const declaration =
          typeof object === 'object' && object !== null && 'pipeline' in object ? object.pipeline : whole;
        expect(acceptsPipeline(declaration), entry.file).toBe(zodAccepts(declaration));
        if (zodAccepts(declaration)) accepted++;
      }
      expect(accepted).toBeGreaterThan(0);
    });
  });
}
