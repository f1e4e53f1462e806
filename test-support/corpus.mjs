// @ts-check
// The one place tests find the shared corpus and reference data (real pipelines by other people and
// AWS's own definitions). They are not part of the repository: a team machine and CI have them
// beside the clone (`<repo>/../shared`), a fresh clone does not, and tests that need them are then
// skipped (vitest tag `corpus`/`reference`, Playwright `@corpus`), never failed.
//
//   PIPEWRIGHT_CORPUS     the corpus folder (holding real/ and peers/); when set, the only place looked
//                         (PIPEWRIGHT_CORPUS=/nonexistent runs the tests as a fresh clone would)
//   PIPEWRIGHT_REFERENCE  the reference folder; when unset, the `reference` folder beside the corpus found
//
// Node built-ins only, plain JavaScript with a .d.mts: the unit tests of every package, the web
// app's tests, the Playwright specs, the fuzzers and the CI scripts all import this file.
// No `src` file may import it (eslint enforces that).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_ENV = 'PIPEWRIGHT_CORPUS';
export const REFERENCE_ENV = 'PIPEWRIGHT_REFERENCE';
/** The vitest tag (and, as `@corpus`, the Playwright tag) of tests that read the corpus. */
export const CORPUS_TAG = 'corpus';
/** The vitest tag (Playwright `@reference`) of tests that read the reference data. */
export const REFERENCE_TAG = 'reference';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} path */
const isDirectory = (path) => existsSync(path) && statSync(path).isDirectory();

/** @param {string} path */
const absolute = (path) => (isAbsolute(path) ? path : resolve(process.cwd(), path));

/**
 * The corpus folder, or undefined when there is none.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function locateCorpus(env = process.env) {
  const fromEnv = env[CORPUS_ENV];
  const candidate = fromEnv ? absolute(fromEnv) : join(repoRoot, '..', 'shared', 'corpus');
  return isDirectory(candidate) ? candidate : undefined;
}

/**
 * The reference folder, or undefined when there is none.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function locateReference(env = process.env) {
  const fromEnv = env[REFERENCE_ENV];
  if (fromEnv) return isDirectory(absolute(fromEnv)) ? absolute(fromEnv) : undefined;
  const corpus = locateCorpus(env);
  const beside = corpus && join(dirname(corpus), 'reference');
  return beside && isDirectory(beside) ? beside : undefined;
}

/** Where the corpus is for this process (undefined: absent). */
export const corpusDir = locateCorpus();
/** Where the reference data is for this process (undefined: absent). */
export const referenceDir = locateReference();
export const hasCorpus = corpusDir !== undefined;
export const hasReference = referenceDir !== undefined;

/** What to set to run the skipped tests. */
export const CORPUS_HINT = `set ${CORPUS_ENV}=<folder with real/ and peers/> to run them`;
export const REFERENCE_HINT = `set ${REFERENCE_ENV}=<folder with codepipeline-service-2.json> to run them`;

/**
 * The one line a run prints when it skipped corpus tests.
 * @param {number} count
 */
export const corpusSkippedLine = (count) => `corpus not found: ${count} corpus tests skipped; ${CORPUS_HINT}`;
/** @param {number} count */
export const referenceSkippedLine = (count) =>
  `reference not found: ${count} reference tests skipped; ${REFERENCE_HINT}`;

/**
 * A path inside the corpus (`corpusPath('real', 'json', '015.json')`). Throws when the corpus is
 * absent: only a test tagged `corpus` (skipped then) may ask for one.
 * @param {...string} segments
 */
export function corpusPath(...segments) {
  if (!corpusDir) throw new Error(`corpus not found (${CORPUS_HINT}); tag this test '${CORPUS_TAG}' so it is skipped`);
  return join(corpusDir, ...segments);
}

/**
 * A path inside the reference folder; throws when it is absent (tag the test `reference`).
 * @param {...string} segments
 */
export function referencePath(...segments) {
  if (!referenceDir) {
    throw new Error(`reference not found (${REFERENCE_HINT}); tag this test '${REFERENCE_TAG}' so it is skipped`);
  }
  return join(referenceDir, ...segments);
}

/** @param {...string} segments */
export const readCorpusText = (...segments) => readFileSync(corpusPath(...segments), 'utf8');
/** @param {...string} segments */
export const readCorpusBytes = (...segments) => new Uint8Array(readFileSync(corpusPath(...segments)));
/** @param {...string} segments */
export const readReferenceText = (...segments) => readFileSync(referencePath(...segments), 'utf8');

/**
 * The file names in a corpus folder, sorted; empty when the corpus is absent, so a test file can
 * build one test per corpus file at collection time without a guard.
 * @param {...string} segments
 * @returns {string[]}
 */
export function listCorpus(...segments) {
  if (!corpusDir) return [];
  const dir = join(corpusDir, ...segments);
  return isDirectory(dir) ? readdirSync(dir).sort() : [];
}
