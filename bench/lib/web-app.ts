// The production web app for browser benchmarks: built fresh, served by the same static server
// as `npm start` and the Playwright tests (with the CSP header), driven with Debian's Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import type { Pipeline } from '@pipewright/model';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from '../../scripts/lib/chromium-flags.mjs';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDist = join(repoRoot, 'apps', 'web', 'dist');

/** Builds apps/web with the pinned pnpm, so the figures are for the current sources. */
export function buildWebApp(): void {
  const pnpm = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).packageManager as string;
  const build = spawnSync('npx', ['-y', pnpm, '--filter', '@pipewright/web', 'run', 'build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error(`building apps/web failed (exit ${build.status})`);
}

export type Server = { url: string; stop: () => void };

/** Starts scripts/lib/static-server.mjs on a free port and waits for its URL. */
export function serveWebApp(): Promise<Server> {
  const server = spawn(
    process.execPath,
    [join(repoRoot, 'scripts', 'lib', 'static-server.mjs'), '--dir', webDist, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, stop: () => server.kill() });
    });
    server.on('exit', (code) => reject(new Error(`the static server exited with ${code} before serving`)));
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
}

/** The app's share-link fragment (`#pipeline=`: version-1 payload, raw DEFLATE, base64url). */
export function shareFragment(pipeline: Pipeline): string {
  const payload = deflateRawSync(Buffer.from(JSON.stringify({ v: 1, pipeline })), { level: 9 });
  return `#pipeline=${payload.toString('base64url')}`;
}
