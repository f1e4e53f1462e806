// @ts-check
// Installs dependencies only when needed: no node_modules yet, or a lockfile newer than the last install.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { note, warn } from './console.mjs';
import { repoRoot } from './paths.mjs';
import { pnpm } from './pnpm.mjs';

const lockfile = join(repoRoot, 'pnpm-lock.yaml');
const nodeModules = join(repoRoot, 'node_modules');
/** Written after each successful install; its mtime is "when we last installed". */
const installStamp = join(nodeModules, '.pipewright-installed');

/** @param {string} path */
const mtimeOf = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

/**
 * The workspace projects (e.g. `packages/model`) that pnpm-lock.yaml gives dependencies, read from
 * its `importers:` section: each such project must have its own node_modules after an install.
 * @param {string} lockText
 */
export function importersWithDependencies(lockText) {
  const section = /^importers:\n([\s\S]*?)^\S/m.exec(lockText)?.[1] ?? '';
  return [...section.matchAll(/^ {2}(\S[^\n]*):\n {4}\S/gm)].map((match) => match[1] ?? '').filter(Boolean);
}

/** @returns {string | undefined} why an install is needed, or undefined when node_modules is current */
export function installReason() {
  if (!existsSync(nodeModules)) return 'node_modules is missing';
  if (!existsSync(lockfile)) return 'pnpm-lock.yaml is missing';
  const lastInstall = Math.max(mtimeOf(installStamp), mtimeOf(join(nodeModules, '.modules.yaml')));
  if (mtimeOf(lockfile) > lastInstall) return 'pnpm-lock.yaml is newer than node_modules';
  const unlinked = importersWithDependencies(readFileSync(lockfile, 'utf8')).find(
    (importer) => importer !== '.' && !existsSync(join(repoRoot, importer, 'node_modules')),
  );
  if (unlinked) return `${unlinked}/node_modules is missing`;
  return undefined;
}

/**
 * Runs a frozen-lockfile install when needed; falls back to a regular install (which may update
 * pnpm-lock.yaml) when the lockfile no longer matches the package.json files.
 * @returns {Promise<number>} exit code
 */
export async function installIfNeeded() {
  const reason = installReason();
  if (!reason) {
    note('Dependencies are up to date; nothing to install.');
    return 0;
  }
  note(`Installing dependencies (${reason}).`);
  let code = await pnpm(['install', '--frozen-lockfile']);
  if (code !== 0) {
    warn(
      'The frozen-lockfile install failed (usually pnpm-lock.yaml does not match a package.json). ' +
        'Retrying with a regular install, which may update pnpm-lock.yaml: commit it if it changes.',
    );
    code = await pnpm(['install', '--no-frozen-lockfile']);
  }
  if (code === 0) writeFileSync(installStamp, `${new Date().toISOString()}\n`);
  return code;
}
