// @ts-check
// The repository's own tools (installed dev dependencies), each run from the repository root.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { e2eDir, repoRoot, webDir, webDist } from './paths.mjs';
import { ensureChromium } from './chromium.mjs';
import { note } from './console.mjs';
import { pnpm } from './pnpm.mjs';
import { run } from './process.mjs';
import { freePort } from './static-server.mjs';

/** @param {string} name @param {string} [dir] */
const bin = (name, dir = repoRoot) => join(dir, 'node_modules', '.bin', name);

export const typecheck = () => run(bin('tsc'), ['-b']);
export const lint = () => run(bin('eslint'), ['.', '--max-warnings', '0']);
export const formatCheck = () => run(bin('prettier'), ['--check', '.', '--log-level', 'warn']);
export const unitTests = () => run(bin('vitest'), ['run']);
/** `npm run check:cycles` (in a process of its own: this module loads before dependencies are installed). */
export const importCycles = () => run(process.execPath, [join(repoRoot, 'scripts', 'check-cycles.mjs')]);
/**
 * Builds the web app into apps/web/dist (what `npm start` serves), or into `outDir` (a test
 * run's own folder, so two runs never share a build).
 * @param {string} [outDir]
 */
export const buildWebApp = (outDir) =>
  outDir
    ? run(bin('vite', webDir), ['build', '--outDir', outDir, '--emptyOutDir'], { cwd: webDir })
    : pnpm(['--filter', '@pipewright/web', 'run', 'build']);

/**
 * Builds the CLI bundle when scripts/pipewright.mjs offers it (`--build-only`), so `npm start`
 * leaves a ready-to-run packages/cli/dist/pipewright.mjs.
 */
export async function buildCliBundle() {
  const launcher = join(repoRoot, 'scripts', 'pipewright.mjs');
  if (!existsSync(launcher)) {
    note('scripts/pipewright.mjs does not exist yet: no CLI bundle to build.');
    return 0;
  }
  return run(process.execPath, [launcher, '--build-only']);
}

/**
 * Runs the Playwright suite (e2e/*.spec.ts) against a production build (a test run's own, or
 * apps/web/dist), served by scripts/lib/static-server.mjs on a free port, with Debian's Chromium.
 * @param {readonly string[]} extraArgs passed to `playwright test` (e.g. a spec name or --grep)
 * @param {{ distDir?: string, outputDir?: string }} [where] the build to serve and where results go
 */
export async function playwrightTests(extraArgs = [], { distDir = webDist, outputDir } = {}) {
  const chromium = await ensureChromium();
  if (!chromium) return 1;
  const port = await freePort();
  const env = {
    ...process.env,
    CHROMIUM_PATH: chromium,
    PIPEWRIGHT_E2E_PORT: String(port),
    PIPEWRIGHT_E2E_DIST: distDir,
    ...(outputDir ? { PIPEWRIGHT_E2E_OUTPUT: outputDir } : {}),
  };
  const config = join(e2eDir, 'playwright.config.ts');
  return run(bin('playwright', e2eDir), ['test', '--config', config, ...extraArgs], { env });
}
