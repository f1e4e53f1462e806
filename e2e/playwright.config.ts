// Playwright runs against the production build (apps/web/dist) served the way users get it:
// by scripts/lib/static-server.mjs, with the Content-Security-Policy header, on Debian's Chromium.
// Run it through `npm test` or `npm run test:e2e`, which pick a free port and find Chromium.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from '../scripts/lib/chromium-flags.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PIPEWRIGHT_E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}/`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '.output/test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { outputFolder: '.output/report', open: 'never' }]] : 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node scripts/lib/static-server.mjs --dir apps/web/dist --port ${port} --strict-port`,
    cwd: repoRoot,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
  },
});
