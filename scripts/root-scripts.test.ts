import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * The root scripts the README tells users to run exist, and `build` reaches pnpm with its
 * filters intact. npm and pnpm run a script through `sh -c`, which expands an unquoted
 * `./packages/*` into several arguments: pnpm then took `./packages/export` for the command
 * and the build failed from the root. The script runs here through the same shell with a
 * stand-in `pnpm` that records its arguments, so the test stays cheap (no real build).
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** `npm start`, `npm test`, `npm run x` and `npx pnpm@10 run x` / `npx pnpm@10 x` as the README writes them. */
function scriptsNamedInReadme(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/`npm (start|test)\b/g)) names.add(m[1] as string);
  for (const m of text.matchAll(/\bnpm run ([\w:-]+)/g)) names.add(m[1] as string);
  for (const m of text.matchAll(/\bnpx pnpm@10 (?:run )?([\w:-]+)/g)) {
    const name = m[1] as string;
    if (!['install', 'exec', 'dlx'].includes(name)) names.add(name);
  }
  return [...names].sort();
}

describe('root scripts named in the README', () => {
  const named = scriptsNamedInReadme(readme);

  it('names the scripts users run, build included', () => {
    expect(named).toEqual(expect.arrayContaining(['start', 'test', 'build', 'pipewright', 'typecheck', 'bench']));
  });

  it.each(named)('%s is defined in package.json', (name) => {
    expect(Object.hasOwn(scripts, name), `README names ${name}`).toBe(true);
  });

  const stubDir = mkdtempSync(join(tmpdir(), 'pipewright-root-scripts-'));
  afterAll(() => rmSync(stubDir, { recursive: true, force: true }));

  it('build passes its package filters to pnpm unexpanded', () => {
    const argsFile = join(stubDir, 'args.json');
    const stub = join(stubDir, 'pnpm');
    writeFileSync(
      stub,
      `#!/usr/bin/env node\nrequire('node:fs').writeFileSync(${JSON.stringify(argsFile)}, JSON.stringify(process.argv.slice(2)));\n`,
    );
    chmodSync(stub, 0o755);
    const run = spawnSync('sh', ['-c', scripts['build'] ?? 'false'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${stubDir}:${process.env['PATH'] ?? ''}` },
    });
    expect(run.status, run.stderr).toBe(0);
    const args = JSON.parse(readFileSync(argsFile, 'utf8')) as string[];
    const filters = args.flatMap((a, i) => (args[i - 1] === '--filter' ? [a] : []));
    expect(filters).toEqual(['./packages/*', './apps/*']);
    // Every other argument is pnpm's own: nothing the shell produced from a glob.
    expect(args.filter((a) => !filters.includes(a))).toEqual(['-r', '--filter', '--filter', 'run', 'build']);
  });
});
