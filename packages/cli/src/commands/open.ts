import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AWS_OPTIONS, AWS_OPTIONS_HELP } from '../live/connection.js';
import { awsArguments, designerFragment } from '../live/designer-link.js';
import { getPipelineText } from '../live/render-pulled.js';
import { fetchLivePipeline, openSession } from '../live/session.js';
import { EXIT_OK, EXIT_UNREADABLE, type CliIo, type Command } from './types.js';

/*
 * `pipewright open NAME`: pulls the pipeline and opens it in the web designer with the import
 * review. The pipeline travels in the URL fragment (never sent to a server); the designer is
 * served from the repository's build (apps/web/dist) by the same server and policy as
 * `npm start`, or is one already running (--designer <url>).
 */

export const openCommand: Command = {
  name: 'open',
  summary: 'Pull a live pipeline and open it in the web designer, with the import review',
  usage:
    'open <name> [--designer <url|dir>] [--port <n>] [--no-browser] [--profile <name>] [--region <region>] [--endpoint-url <url>]',
  help: [
    'Reads the pipeline with GetPipeline and opens the designer on it: the import review first, then',
    'the canvas. The designer gets the pipeline in the URL fragment, which the browser never sends',
    'anywhere; it has no AWS credentials and makes no request off its origin. Its Export dialog',
    'offers the `pipewright push` command to send an edited version back.',
    '',
    'Options:',
    '  --designer <url|dir>  a designer already running (the URL `npm start` printed), or a built',
    '                        apps/web/dist to serve (default: the one of this repository)',
    '  --port <n>            the port to serve the designer on (default: a free one)',
    '  --no-browser          print the URL instead of opening the browser ($BROWSER, else the',
    "                        system's opener)",
    AWS_OPTIONS_HELP,
    '',
    'Serving the designer, open keeps running until Ctrl+C. Exit codes: 0 opened, 2 AWS refused or',
    'could not be reached, the pipeline is missing, no designer build, or bad usage.',
  ].join('\n'),
  options: {
    designer: { type: 'string' },
    port: { type: 'string' },
    'no-browser': { type: 'boolean' },
    ...AWS_OPTIONS,
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const name = positionals[0] as string;
    const port = values['port'] === undefined ? 0 : Number(values['port']);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.stderr('pipewright open: --port must be a port number between 0 and 65535\n');
      return EXIT_UNREADABLE;
    }
    const designer = typeof values['designer'] === 'string' ? values['designer'] : undefined;
    const remote = designer !== undefined && /^https?:\/\//.test(designer);
    const dist = remote ? undefined : designer !== undefined ? resolve(io.cwd, designer) : findDesignerBuild();
    if (!remote && (dist === undefined || !existsSync(join(dist, 'index.html')))) {
      io.stderr(
        `pipewright open: no designer build${dist ? ` in ${dist}` : ''}: run \`npm start\` (or \`pnpm --filter @pipewright/web build\`) first, or pass --designer <url>\n`,
      );
      return EXIT_UNREADABLE;
    }

    const opened = await openSession('open', values, io);
    if (!opened.ok) {
      io.stderr(`${opened.message}\n`);
      return EXIT_UNREADABLE;
    }
    const fetched = await fetchLivePipeline('open', opened.session, name, io);
    if (!fetched) return EXIT_UNREADABLE;
    const { live } = fetched;
    const fragment = designerFragment(getPipelineText(live), `${name}.json`, awsArguments(opened.session.connection));

    if (remote) {
      const url = `${(designer as string).replace(/#.*$/, '')}${fragment}`;
      show(url, name, values['no-browser'] === true, io);
      return EXIT_OK;
    }
    // The same server and Content-Security-Policy as `npm start` (bundled into the CLI).
    const { startStaticServer } = await import('../../../../scripts/lib/static-server.mjs');
    const server = await startStaticServer({ root: dist as string, port, strictPort: port !== 0 });
    show(`${server.url}${fragment}`, name, values['no-browser'] === true, io);
    io.stderr(`serving the designer from ${dist} at ${server.url} (Ctrl+C to stop)\n`);
    await new Promise<void>((done) => {
      process.once('SIGINT', () => done());
      process.once('SIGTERM', () => done());
    });
    await server.close();
    return EXIT_OK;
  },
};

function show(url: string, name: string, noBrowser: boolean, io: CliIo): void {
  io.stdout(`${url}\n`);
  if (noBrowser) return;
  if (openBrowser(url)) io.stderr(`opened pipeline "${name}" in the browser\n`);
  else io.stderr(`open the URL above in a browser to review pipeline "${name}"\n`);
}

/** $BROWSER, else the platform's opener; false when there is none. */
function openBrowser(url: string): boolean {
  const command =
    process.env['BROWSER'] ??
    (process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open');
  const onPath = (process.env['PATH'] ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
  if (!isAbsolute(command) && !onPath) return false;
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}

/** apps/web/dist of the repository this CLI was built or run from (the bundle or the sources). */
function findDesignerBuild(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}
