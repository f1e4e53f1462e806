// @ts-check
// `pnpm pipewright <command> ...`: runs the CLI bundle (packages/cli/dist/pipewright.mjs),
// rebuilding it first when any packages/*/src file (or the build script) is newer.
// `--build-only` just brings the bundle up to date. Node built-ins only.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const packagesDir = join(repoRoot, 'packages');
const buildScript = join(packagesDir, 'cli', 'scripts', 'build.mjs');
const bundle = join(packagesDir, 'cli', 'dist', 'pipewright.mjs');

/**
 * The newest modification time under a directory (0 when it does not exist).
 * @param {string} dir
 * @returns {number}
 */
function newestMtime(dir) {
  let newest = 0;
  /** @type {import('node:fs').Dirent[]} */
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** @returns {boolean} */
function bundleIsStale() {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  const sources = readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => newestMtime(join(packagesDir, entry.name, 'src')));
  return Math.max(statSync(buildScript).mtimeMs, ...sources) > built;
}

/** @returns {number} the build's exit code */
function buildBundle() {
  // The build's own output goes to stderr so stdout stays the command's.
  const result = spawnSync(process.execPath, [buildScript], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
  return result.status ?? 1;
}

const args = process.argv.slice(2);
if (bundleIsStale()) {
  const status = buildBundle();
  if (status !== 0) {
    console.error('pipewright: building the CLI bundle failed (see above)');
    process.exit(status);
  }
}
if (args[0] === '--build-only') process.exit(0);

// `pnpm pipewright` runs from the repository root; file arguments are relative to where it was typed.
if (process.env.npm_lifecycle_event === 'pipewright' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

// The bundle reads process.argv.slice(2) (the same arguments) and sets process.exitCode.
await import(pathToFileURL(bundle).href);
