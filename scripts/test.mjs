// @ts-check
// `npm test`: install what is missing, then every check CI runs, stopping at the first failure.
// Node built-ins only: this must run before dependencies are installed.
import { installIfNeeded } from './lib/install.mjs';
import { runSteps } from './lib/steps.mjs';
import { buildWebApp, formatCheck, importCycles, lint, playwrightTests, typecheck, unitTests } from './lib/tools.mjs';
import { createTestRun } from './lib/test-run.mjs';
import { fuzzImporters } from './fuzz.mjs';

// This run's own folder: the browser tests' build and results (see scripts/lib/test-run.mjs).
const testRun = createTestRun();
const code = await runSteps(
  'npm test',
  [
    { title: 'install dependencies', run: installIfNeeded },
    { title: 'typecheck (tsc -b)', run: typecheck },
    { title: 'lint (eslint)', run: lint },
    { title: 'import cycles (npm run check:cycles)', run: importCycles },
    { title: 'format (prettier --check)', run: formatCheck },
    { title: 'unit tests (vitest run)', run: unitTests },
    { title: 'importer fuzzing (npm run test:fuzz)', run: () => fuzzImporters(['--out', `${testRun.dir}/fuzz`]) },
    { title: 'build web app (vite build)', run: () => buildWebApp(testRun.distDir) },
    { title: 'browser tests (playwright)', run: () => playwrightTests([], testRun) },
  ],
  { notes: testRun.skipSummary },
);
testRun.finish(code);
process.exitCode = code;
