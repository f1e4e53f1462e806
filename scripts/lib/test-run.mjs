// @ts-check
// One run of `npm test` or `npm run test:e2e` gets a folder of its own, e2e/.output/<run-id>/:
// the web app build the browser tests serve (dist/), their results and report, and the log of
// what the test steps skipped for want of the corpus. So two runs, in one clone or two, never
// read or overwrite each other's build output, and `npm start`'s apps/web/dist is left alone.
// The folder is removed when the run passes and kept (its path printed) when it fails.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { corpusSkippedLine, referenceSkippedLine, CORPUS_HINT } from '../../test-support/corpus.mjs';
import { motoSkippedLine } from '../../test-support/moto.mjs';
import { SKIP_LOG_ENV, readSkips } from '../../test-support/skip-log.mjs';
import { note } from './console.mjs';
import { e2eDir } from './paths.mjs';

/**
 * @typedef {object} TestRun
 * @property {string} dir the run's folder
 * @property {string} distDir where this run builds the web app for the browser tests
 * @property {string} outputDir where Playwright writes this run's results and report
 * @property {() => string[]} skipSummary the summary's line about skipped corpus tests (none when nothing was skipped)
 * @property {(code: number) => void} finish removes the folder after a passing run
 */

/** @returns {TestRun} */
export function createTestRun() {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = join(e2eDir, '.output', `run-${stamp}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const skipLog = join(dir, 'skips.jsonl');
  process.env[SKIP_LOG_ENV] = skipLog; // the steps' reporters append to it
  return {
    dir,
    distDir: join(dir, 'dist'),
    outputDir: dir,
    skipSummary: () => skipSummary(readSkips(skipLog)),
    finish(code) {
      if (code === 0) rmSync(dir, { recursive: true, force: true });
      else note(`This run's build and test results are kept in ${dir}`);
    },
  };
}

/**
 * All steps' skips as one line each for the corpus, the reference and moto_server (when any were skipped).
 * @param {import('../../test-support/skip-log.mjs').SkipRecord[]} records
 * @returns {string[]}
 */
export function skipSummary(records) {
  const lines = [];
  const corpus = records.filter((r) => r.corpus > 0);
  const notes = records.flatMap((r) => (r.note ? [`${r.step}: ${r.note}`] : []));
  if (corpus.length > 0 || notes.length > 0) {
    const total = corpus.reduce((sum, r) => sum + r.corpus, 0);
    const parts = [...corpus.map((r) => `${r.step} ${r.corpus}`), ...notes].join(', ');
    lines.push(corpusSkippedLine(total).replace(`; ${CORPUS_HINT}`, ` (${parts}); ${CORPUS_HINT}`));
  }
  const reference = records.reduce((sum, r) => sum + r.reference, 0);
  if (reference > 0) lines.push(referenceSkippedLine(reference));
  const moto = records.reduce((sum, r) => sum + (r.moto ?? 0), 0);
  if (moto > 0) lines.push(motoSkippedLine(moto));
  return lines;
}
