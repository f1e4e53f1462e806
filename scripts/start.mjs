// @ts-check
// `npm start`: install what is missing, build the app (and the CLI bundle), then serve the
// production build with its Content-Security-Policy on PORT (default 5173, next free one if taken).
import { installIfNeeded } from './lib/install.mjs';
import { bold, heading } from './lib/console.mjs';
import { webDist } from './lib/paths.mjs';
import { runSteps } from './lib/steps.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { buildCliBundle, buildWebApp } from './lib/tools.mjs';

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
  // Stopping the server is the normal way to end `npm start`: exit cleanly.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.once(signal, () => process.exit(0));
}

/** @param {string} text */
function parsePort(text) {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number between 0 and 65535, got "${text}".`);
  }
  return port;
}
