import { afterAll, describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../test-support/corpus.mjs';
import { validate } from '../src/engine.js';
import type { PeerCase, Unexpressible } from './peer-cases.js';

/*
 * The peers' own test suites (corpus peers/, see peer-cases.ts), run against this validator.
 * Tagged `corpus`: without the corpus the suite is skipped and counted, never passed on nothing.
 */
const { cases, unexpressible }: { cases: PeerCase[]; unexpressible: Unexpressible[] } = hasCorpus
  ? await import('./peer-cases.js')
  : { cases: [], unexpressible: [] };

// ------------------------------------------------------------------ run

const tally = new Map<string, { cases: number; agree: number; disagreeByDesign: number; notExpressible: number }>();
const row = (suite: string) => {
  let r = tally.get(suite);
  if (!r) tally.set(suite, (r = { cases: 0, agree: 0, disagreeByDesign: 0, notExpressible: 0 }));
  return r;
};
for (const u of unexpressible) row(u.suite).notExpressible++;

describe('peer suites', { tags: ['corpus'] }, () => {
  for (const c of cases) {
    it(`${c.suite}: ${c.id}`, () => {
      const scope = new Set(c.scope);
      const ours = c.pipelines.flatMap((p) =>
        validate(p, c.options).filter((d) => d.severity === 'error' && scope.has(d.ruleId)),
      );
      const oursError = ours.length > 0;
      const r = row(c.suite);
      r.cases++;
      if (c.byDesign) {
        expect(oursError, `we should disagree with the peer here: ${c.byDesign}`).toBe(!c.peerError);
        r.disagreeByDesign++;
      } else {
        expect(
          oursError,
          `peer says ${c.peerError ? 'error' : 'valid'}; ours: ${JSON.stringify(ours.map((d) => [d.ruleId, d.path]))}`,
        ).toBe(c.peerError);
        r.agree++;
      }
    });
  }

  it('names every case it does not run', () => {
    for (const u of unexpressible) expect(u.reason.length, u.id).toBeGreaterThan(20);
    expect(cases.length + unexpressible.length).toBeGreaterThan(60);
  });

  afterAll(() => {
    const rows = [...tally.entries()].map(([suite, r]) => ({ suite, ...r }));
    console.log('\nPeer suites against pipewright validate');
    console.table(rows);
    console.log('Disagreements by design:');
    for (const c of cases.filter((x) => x.byDesign)) console.log(`  ${c.suite} ${c.id}: ${c.byDesign}`);
    console.log('Not expressible as a pipeline declaration:');
    for (const u of unexpressible) console.log(`  ${u.suite} ${u.id}: ${u.reason}`);
  });
});
