// @ts-check
// A tiny static file server for the production build: the CSP header on every response, correct
// MIME types (.js/.mjs, .wasm, fonts), SPA fallback to index.html, and nothing else.
// Run directly (used by Playwright's webServer): node scripts/lib/static-server.mjs --dir <dir> --port <n>
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentSecurityPolicyFor } from './csp.mjs';

/** @type {Record<string, string>} */
const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** @param {string} filePath */
export const contentTypeOf = (filePath) => MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';

/**
 * Maps a request path to a file under root; undefined when it escapes root or does not exist.
 * Extension-less paths that match no file fall back to index.html (client-side routes).
 * @param {string} root absolute directory
 * @param {string} urlPath
 */
export function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  const file = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (extname(decoded) === '') {
    const index = join(root, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return undefined;
}

/** Hashed build assets never change; everything else is revalidated. @param {string} urlPath */
const cacheControlFor = (urlPath) =>
  urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';

/** @param {string} root absolute directory @returns {import('node:http').RequestListener} */
function handler(root) {
  return (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const common = {
      // Worker scripts get their own policy (see csp.mjs).
      'Content-Security-Policy': contentSecurityPolicyFor(request.headers['sec-fetch-dest']),
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Sec-Fetch-Dest',
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response
        .writeHead(405, { ...common, Allow: 'GET, HEAD', 'Content-Type': 'text/plain' })
        .end('Method not allowed');
      return;
    }
    const file = resolveFile(root, urlPath);
    if (!file) {
      response.writeHead(404, { ...common, 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${urlPath}`);
      return;
    }
    response.writeHead(200, {
      ...common,
      'Content-Type': contentTypeOf(file),
      'Content-Length': statSync(file).size,
      'Cache-Control': cacheControlFor(urlPath),
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };
}

/**
 * Serves `root` on the first free port from `port` (or exactly `port` when strictPort).
 * @param {{ root: string, port: number, host?: string, strictPort?: boolean }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, port, host = '127.0.0.1', strictPort = false }) {
  const absoluteRoot = resolve(root);
  if (!existsSync(join(absoluteRoot, 'index.html'))) throw new Error(`No index.html in ${absoluteRoot}: build first.`);
  const server = createServer(handler(absoluteRoot));
  const lastPort = strictPort || port === 0 ? port : port + 50;
  for (let candidate = port; candidate <= lastPort; candidate++) {
    const bound = await listen(server, candidate, host);
    if (bound === undefined) continue;
    const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
    return {
      url: `http://${shownHost}:${bound}/`,
      port: bound,
      close: () => new Promise((done) => server.close(() => done())),
    };
  }
  throw new Error(strictPort ? `Port ${port} is in use.` : `No free port between ${port} and ${lastPort}.`);
}

/**
 * @param {import('node:http').Server} server @param {number} port @param {string} host
 * @returns {Promise<number | undefined>} the bound port, or undefined when this port is taken
 */
function listen(server, port, host) {
  return new Promise((resolvePromise, reject) => {
    /** @param {NodeJS.ErrnoException} error */
    const onError = (error) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolvePromise(undefined);
      else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      resolvePromise(typeof address === 'object' && address ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** Returns a port that is free right now (the OS picks it). */
export async function freePort(host = '127.0.0.1') {
  const server = createServer();
  const port = await listen(server, 0, host);
  await new Promise((done) => server.close(() => done(undefined)));
  if (port === undefined) throw new Error('Could not find a free port.');
  return port;
}

async function main() {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      'strict-port': { type: 'boolean', default: false },
    },
  });
  if (!values.dir)
    throw new Error('Usage: static-server.mjs --dir <directory> [--port <n>] [--host <h>] [--strict-port]');
  const server = await startStaticServer({
    root: values.dir,
    port: Number(values.port),
    host: values.host,
    strictPort: values['strict-port'],
  });
  console.log(`Serving ${resolve(values.dir)} at ${server.url}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
