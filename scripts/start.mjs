// @ts-check
// `npm start`: install what is missing, build the app (and the CLI bundle), then serve the
// production build with its Content-Security-Policy on PORT (default 5173, next free one if taken).
// `npm start -- --aws NAME [--profile P] [--region R] [--endpoint-url U]` then opens the live
// pipeline NAME in it (`pipewright open NAME --designer <url>`: pulled by the CLI, handed over in
// the URL fragment; the browser never sees credentials).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { installIfNeeded } from './lib/install.mjs';
import { bold, heading } from './lib/console.mjs';
import { repoRoot, webDist } from './lib/paths.mjs';
import { runSteps } from './lib/steps.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { buildCliBundle, buildWebApp } from './lib/tools.mjs';

const { values: startOptions } = parseArgs({
  options: {
    aws: { type: 'string' },
    profile: { type: 'string' },
    region: { type: 'string' },
    'endpoint-url': { type: 'string' },
  },
  strict: true,
});

const code = await runSteps('npm start (build)', [
  { title: 'install dependencies', run: installIfNeeded },
  { title: 'build web app (vite build)', run: buildWebApp },
  { title: 'build CLI bundle', run: buildCliBundle },
]);

if (code !== 0) {
  process.exitCode = code;
} else {
  const requestedPort = process.env.PORT;
  const server = await startStaticServer({
    root: webDist,
    port: requestedPort ? parsePort(requestedPort) : 5173,
    host: process.env.HOST ?? '127.0.0.1',
    strictPort: Boolean(requestedPort),
  });
  heading('Pipewright is running');
  console.log(`    ${bold(server.url)}\n    (serving apps/web/dist with its Content-Security-Policy; Ctrl+C to stop)`);
  if (startOptions.aws !== undefined) openLivePipeline(startOptions.aws, server.url);
  // Stopping the server is the normal way to end `npm start`: exit cleanly.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.once(signal, () => process.exit(0));
}

/**
 * Pulls a live pipeline with the CLI and opens it in this server's designer.
 * @param {string} name @param {string} url
 */
function openLivePipeline(name, url) {
  const aws = /** @type {const} */ (['profile', 'region', 'endpoint-url']).flatMap((key) => {
    const value = startOptions[key];
    return value === undefined ? [] : [`--${key}`, value];
  });
  const bundle = join(repoRoot, 'packages', 'cli', 'dist', 'pipewright.mjs');
  const result = spawnSync(process.execPath, [bundle, 'open', name, '--designer', url, ...aws], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) console.log(`    (pipeline "${name}" was not opened: see the line above)`);
}

/** @param {string} text */
function parsePort(text) {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number between 0 and 65535, got "${text}".`);
  }
  return port;
}
