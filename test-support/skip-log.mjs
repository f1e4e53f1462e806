// @ts-check
// How the test steps of `npm test` tell its summary what they skipped for want of the corpus:
// scripts/test.mjs points PIPEWRIGHT_SKIP_LOG at a file of its run, each step's reporter appends
// one JSON line to it, and the summary adds them up into one line. Without the variable (a
// step run on its own) nothing is written and the step's own line is all there is.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

export const SKIP_LOG_ENV = 'PIPEWRIGHT_SKIP_LOG';

/** @typedef {{ step: string, corpus: number, reference: number, moto?: number, note?: string }} SkipRecord */

/**
 * @param {string} step
 * @param {{ corpus: number, reference: number, moto?: number, note?: string }} counts what was skipped; `note` says
 *   what ran in the corpus's place (e.g. the fuzzers' seeds)
 */
export function recordSkips(step, counts) {
  const file = process.env[SKIP_LOG_ENV];
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ step, ...counts })}\n`);
}

/**
 * @param {string} file
 * @returns {SkipRecord[]}
 */
export function readSkips(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => /** @type {SkipRecord} */ (JSON.parse(line)));
}
