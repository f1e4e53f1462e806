// @ts-check
// `npm run test:e2e [-- <playwright args>]`: build the web app and run the Playwright tests.
// The build and the results go to a folder of this run's own (e2e/.output/run-*/, removed when
// the run passes). `--skip-build` serves the existing apps/web/dist instead (what `npm start`
// built; faster when only specs changed).
import { installIfNeeded } from './lib/install.mjs';
import { webDist } from './lib/paths.mjs';
import { runSteps } from './lib/steps.mjs';
import { createTestRun } from './lib/test-run.mjs';
import { buildWebApp, playwrightTests } from './lib/tools.mjs';

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const playwrightArgs = args.filter((arg) => arg !== '--skip-build');

const testRun = createTestRun();
const distDir = skipBuild ? webDist : testRun.distDir;
const code = await runSteps(
  'npm run test:e2e',
  [
    { title: 'install dependencies', run: installIfNeeded },
    ...(skipBuild ? [] : [{ title: 'build web app (vite build)', run: () => buildWebApp(testRun.distDir) }]),
    { title: 'browser tests (playwright)', run: () => playwrightTests(playwrightArgs, { ...testRun, distDir }) },
  ],
  { notes: testRun.skipSummary },
);
testRun.finish(code);
process.exitCode = code;
