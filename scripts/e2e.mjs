// @ts-check
// `npm run test:e2e [-- <playwright args>]`: build the web app and run the Playwright tests.
// `--skip-build` reuses the existing apps/web/dist (faster when only specs changed).
import { installIfNeeded } from './lib/install.mjs';
import { runSteps } from './lib/steps.mjs';
import { buildWebApp, playwrightTests } from './lib/tools.mjs';

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const playwrightArgs = args.filter((arg) => arg !== '--skip-build');

process.exitCode = await runSteps('npm run test:e2e', [
  { title: 'install dependencies', run: installIfNeeded },
  ...(skipBuild ? [] : [{ title: 'build web app (vite build)', run: buildWebApp }]),
  { title: 'browser tests (playwright)', run: () => playwrightTests(playwrightArgs) },
]);
