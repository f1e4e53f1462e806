// Playwright runs against a production build served the way users get it: by
// scripts/lib/static-server.mjs, with the Content-Security-Policy header, on Debian's Chromium.
// Run it through `npm test` or `npm run test:e2e`, which pick a free port, find Chromium and give
// the run a folder of its own (PIPEWRIGHT_E2E_DIST: the build it serves, PIPEWRIGHT_E2E_OUTPUT:
// where results go; scripts/lib/test-run.mjs). Without them: apps/web/dist and e2e/.output.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from '../scripts/lib/chromium-flags.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PIPEWRIGHT_E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}/`;
const dist = process.env.PIPEWRIGHT_E2E_DIST ?? 'apps/web/dist';
const output = process.env.PIPEWRIGHT_E2E_OUTPUT ?? fileURLToPath(new URL('.output', import.meta.url));

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `${output}/test-results`,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: [
    ['list'],
    ...(process.env.CI ? [['html', { outputFolder: `${output}/report`, open: 'never' }] as const] : []),
    ['./corpus-skip-reporter.ts'],
  ],
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
    command: `node scripts/lib/static-server.mjs --dir ${JSON.stringify(dist)} --port ${port} --strict-port`,
    cwd: repoRoot,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
  },
});
