// @ts-check
// The one place tests find moto_server (Python's moto: a local CodePipeline and IAM API), which the
// live-command tests of packages/cli start on a free port. A team machine and CI have it; elsewhere
// `pip install 'moto[server]'`. Tests that need it carry the vitest tag `moto` and are skipped
// without it (counted in one line by vitest-reporter.mjs), never failed; CI refuses to run without it.
//
//   MOTO_SERVER   the moto_server executable; when set, the only place looked (MOTO_SERVER=/nonexistent
//                 runs the suite as a machine without moto would)
//
// Node built-ins only.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const MOTO_ENV = 'MOTO_SERVER';
/** The vitest tag of tests that start moto_server. */
export const MOTO_TAG = 'moto';
export const MOTO_HINT = "pip install 'moto[server]' (or set MOTO_SERVER=<path to moto_server>) to run them";

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The moto_server executable: $MOTO_SERVER, else the first on PATH; undefined when there is none.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function locateMotoServer(env = process.env) {
  const explicit = env[MOTO_ENV];
  if (explicit) return isExecutable(explicit) ? explicit : undefined;
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, 'moto_server'))) return join(dir, 'moto_server');
  }
  return undefined;
}

/** Where moto_server is for this process (undefined: absent). */
export const motoServer = locateMotoServer();
export const hasMotoServer = motoServer !== undefined;

/** The one line a run prints when it skipped the live tests. @param {number} count */
export const motoSkippedLine = (count) => `moto_server not found: ${count} live AWS tests skipped; ${MOTO_HINT}`;
