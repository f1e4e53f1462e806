// @ts-check
// `npm run check:cycles`: fails when any of the repository's modules import each other in a
// cycle (type-only imports included). `npm test` runs it after lint.
import { findImportCycles, SOURCE_GLOBS } from './lib/import-cycles.mjs';
import { fail, note } from './lib/console.mjs';
import { repoRoot } from './lib/paths.mjs';

const cycles = await findImportCycles(SOURCE_GLOBS, repoRoot);
if (cycles.length === 0) {
  note('no import cycles');
} else {
  fail(
    `${cycles.length} import cycle${cycles.length === 1 ? '' : 's'}; move the shared types or code to a module both sides can import:`,
  );
  for (const cycle of cycles) note(`${[...cycle, cycle[0]].join(' -> ')}`);
  process.exitCode = 1;
}
