// @ts-check
// pnpm through npx, at the version pinned in package.json, so no global install is needed.
import { pinnedPnpm } from './paths.mjs';
import { run } from './process.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/**
 * Runs `npx -y pnpm@<pinned> ...args` from the repository root.
 * @param {readonly string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 */
export function pnpm(args, options) {
  return run(npx, ['-y', pinnedPnpm(), ...args], options);
}
