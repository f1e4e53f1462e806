// @ts-check
// `npm run test:fuzz [-- --runs N --format json|cloudformation|terraform ...]`: fuzzes every importer
// with at least 10,000 generated inputs per format plus the hostile special inputs (nesting 10,000
// deep, 20 MB files, broken encodings), checks every result, and prints one table.
// The runner is packages/export/test/fuzz/run-fuzz.ts (TypeScript, run through tsx); `npm test` runs it too.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './lib/paths.mjs';
import { run } from './lib/process.mjs';

const RUNNER = join(repoRoot, 'packages', 'export', 'test', 'fuzz', 'run-fuzz.ts');

/**
 * @param {readonly string[]} [args] passed to the runner
 * @returns {Promise<number>} its exit code
 */
export function fuzzImporters(args = []) {
  return run(process.execPath, ['--import', 'tsx', RUNNER, ...args]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await fuzzImporters(process.argv.slice(2));
}
