// @ts-check
// Finds the Chromium that Playwright drives: $CHROMIUM_PATH, else Debian's /usr/bin/chromium.
// Playwright's own browser downloads are never used (they cannot reach their servers from here).
import { accessSync, constants, existsSync } from 'node:fs';
import { fail, note } from './console.mjs';
import { DEFAULT_CHROMIUM_PATH } from './chromium-flags.mjs';
import { run } from './process.mjs';

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} */
export function findChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return isExecutable(configured) ? configured : undefined;
  return isExecutable(DEFAULT_CHROMIUM_PATH) ? DEFAULT_CHROMIUM_PATH : undefined;
}

const isRootOnDebian = () => process.getuid?.() === 0 && existsSync('/etc/debian_version');

async function aptInstallChromium() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  note('Chromium not found: installing Debian\'s package with "apt-get install -y chromium".');
  if ((await run('apt-get', ['install', '-y', 'chromium'], { env })) === 0) return;
  note('The install failed; refreshing the package lists with "apt-get update" and retrying.');
  if ((await run('apt-get', ['update'], { env })) !== 0) return;
  await run('apt-get', ['install', '-y', 'chromium'], { env });
}

/**
 * Returns the Chromium executable, installing Debian's package when running as root on Debian.
 * @returns {Promise<string | undefined>} undefined (after printing how to get one) when none is available
 */
export async function ensureChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured && !isExecutable(configured)) {
    fail(`CHROMIUM_PATH is set to "${configured}", which is not an executable file.`);
    return undefined;
  }
  let found = findChromium();
  if (!found && isRootOnDebian()) {
    await aptInstallChromium();
    found = findChromium();
  }
  if (found) {
    note(`Using Chromium at ${found}`);
    return found;
  }
  fail(
    'The Playwright tests need Chromium and none was found at /usr/bin/chromium.\n' +
      '    On Debian/Ubuntu: sudo apt-get install chromium\n' +
      '    Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium\n' +
      '    (this project never lets Playwright download a browser of its own).',
  );
  return undefined;
}
