// @ts-check
// The team's own pipelines (fixtures/pipelines/, laid out like the corpus's real/ folder), always
// present: the tests that run on the corpus when it is there run on these in any case.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'pipelines');

/** @param {...string} segments */
export const fixturePath = (...segments) => join(fixturesDir, ...segments);
/** @param {...string} segments */
export const readFixtureText = (...segments) => readFileSync(fixturePath(...segments), 'utf8');
/** @param {...string} segments */
export const readFixtureBytes = (...segments) => new Uint8Array(readFileSync(fixturePath(...segments)));

/**
 * The file names in a fixture folder (`listFixtures('tf')`), sorted.
 * @param {...string} segments
 */
export const listFixtures = (...segments) => readdirSync(fixturePath(...segments)).sort();

/** @typedef {{ file: string, kind: 'json' | 'cfn' | 'tf', issues: string[], notes: string }} FixtureEntry */

/** @returns {FixtureEntry[]} the entries of fixtures/pipelines/manifest.json */
export function fixtureManifest() {
  return JSON.parse(readFileSync(fixturePath('manifest.json'), 'utf8'));
}
