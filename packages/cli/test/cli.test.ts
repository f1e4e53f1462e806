import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { deepEqual, parsePipelineJson } from '@pipewright/model';
import { corpusPath, readCorpusText } from '../../../test-support/corpus.mjs';
import { fixtureManifest, fixturePath } from '../../../test-support/fixtures.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const bundle = resolve(repoRoot, 'packages/cli/dist/pipewright.mjs');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Run {
  const result = spawnSync(process.execPath, [bundle, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Entry {
  file: string;
  kind: string;
  issues: string[];
}

/**
 * The API JSON files the parse tests read, as a user would name them (relative to the
 * repository): the corpus's (tagged `corpus`, skipped without it) and the team's fixtures.
 */
const sources = [
  {
    name: 'corpus',
    tags: ['corpus'],
    atLeast: { pipelines: 10, broken: 2 },
    entries: (): Entry[] => Object.values(JSON.parse(readCorpusText('real', 'manifest.json')) as Record<string, Entry>),
    path: (file: string) => relative(repoRoot, corpusPath('real', file)),
  },
  {
    name: 'fixtures',
    tags: [],
    atLeast: { pipelines: 3, broken: 1 },
    entries: (): Entry[] => fixtureManifest(),
    path: (file: string) => relative(repoRoot, fixturePath(file)),
  },
];

beforeAll(() => {
  // Test the bundle built from the current sources.
  execFileSync(process.execPath, [resolve(repoRoot, 'packages/cli/scripts/build.mjs')], { stdio: 'inherit' });
});

for (const source of sources)
  describe(`pipewright parse (built bundle) on the ${source.name}`, { tags: source.tags }, () => {
    const manifest = () => source.entries().filter((e) => e.kind === 'json');

    it(`prints every ${source.name} pipeline as normalized create-pipeline JSON`, () => {
      const pipelines = manifest().filter((e) => e.issues.length === 0);
      expect(pipelines.length).toBeGreaterThan(source.atLeast.pipelines);
      for (const entry of pipelines) {
        const file = source.path(entry.file);
        const run = cli('parse', file);
        expect(run.status, `${entry.file}: ${run.stderr}`).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout.startsWith('{\n  "pipeline": {\n')).toBe(true);
        const printed = parsePipelineJson(run.stdout);
        const original = parsePipelineJson(readFileSync(resolve(repoRoot, file)));
        expect(printed.ok && printed.document.shape).toBe('create-pipeline');
        expect(printed.ok && original.ok && deepEqual(printed.document.pipeline, original.document.pipeline)).toBe(
          true,
        );
      }
    });

    it('reports broken and non-pipeline files as file:line:column: message, exit 2', () => {
      const broken = manifest().filter((e) => e.issues.length > 0);
      expect(broken.length).toBeGreaterThan(source.atLeast.broken);
      for (const entry of broken) {
        const file = source.path(entry.file);
        const run = cli('parse', file);
        expect(run.status, entry.file).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: \\S.*\\n$`));
      }
    });
  });

describe('pipewright parse (built bundle)', () => {
  const lookAlike = (file: string) =>
    expect(cli('parse', file).stderr).toBe(
      `${file}:3:15: not a CodePipeline pipeline: "pipeline" is an array, expected the pipeline declaration object\n`,
    );
  it('says exactly where a look-alike is not a pipeline (corpus)', { tags: ['corpus'] }, () =>
    lookAlike(relative(repoRoot, corpusPath('real', 'json', '044.json'))),
  );
  it('says exactly where a look-alike is not a pipeline (fixture)', () =>
    lookAlike(relative(repoRoot, fixturePath('json', '06-not-a-pipeline.json'))));

  const utf16RoundTrip = (file: string) => {
    const source = readFileSync(resolve(repoRoot, file), 'utf8').replace(/\r?\n/g, '\r\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(source, 'utf16le')]);
    const dir = mkdtempSync(resolve(tmpdir(), 'pipewright-cli-'));
    try {
      const converted = resolve(dir, 'utf16.json');
      writeFileSync(converted, utf16);
      const run = cli('parse', converted);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe(cli('parse', file).stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  it('reads UTF-16 files with a BOM and CRLF line endings (corpus)', { tags: ['corpus'] }, () =>
    utf16RoundTrip(relative(repoRoot, corpusPath('real', 'json', '021.json'))),
  );
  it('reads UTF-16 files with a BOM and CRLF line endings (fixture)', () => {
    utf16RoundTrip(relative(repoRoot, fixturePath('json', '02-get-pipeline.json')));
    const saved = cli('parse', relative(repoRoot, fixturePath('json', '04-declaration-utf16.json')));
    expect(saved.status, saved.stderr).toBe(0);
    expect(saved.stdout).toContain('"name": "kiosk-firmware"');
  });

  it('says when a file cannot be read', () => {
    const run = cli('parse', 'no/such/file.json');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('no/such/file.json: cannot read the file: no such file\n');
    expect(cli('parse', 'packages').stderr).toBe('packages: cannot read the file: it is a directory\n');
  });
});

describe('pipewright usage (built bundle)', () => {
  it('shows help and the version', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: pipewright <command>/);
    expect(help.stdout).toMatch(/\n {2}parse {2}/);
    const parseHelp = cli('parse', '--help');
    expect(parseHelp.status).toBe(0);
    expect(parseHelp.stdout).toMatch(/^Usage: pipewright parse <file>/);
    expect(cli('help', 'parse').stdout).toBe(parseHelp.stdout);
    expect(cli('--version').stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([
    [[], /Usage: pipewright <command>/],
    [['frobnicate'], /^pipewright: unknown command "frobnicate"\n/],
    [['--frob'], /^pipewright: unknown option "--frob"\n/],
    [['parse'], /^pipewright: missing argument\nusage: pipewright parse <file>/],
    [['parse', 'a.json', '--bogus'], /^pipewright: unknown option "--bogus"\n/],
    [['parse', 'a.json', 'b.json'], /^pipewright: unexpected argument "b.json"\n/],
    [['parse', 'a.json', '--id'], /^pipewright: option "--id" needs a value\n/],
    [['help', 'nope'], /^pipewright: unknown command "nope"\n/],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const run = cli(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

describe('scripts/pipewright.mjs', () => {
  it('runs the bundle with the same arguments and exit code', () => {
    const launcher = resolve(repoRoot, 'scripts/pipewright.mjs');
    const ok = spawnSync(process.execPath, [launcher, '--version'], { cwd: repoRoot, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const broken = relative(repoRoot, fixturePath('json', '05-missing-brace.json'));
    const bad = spawnSync(process.execPath, [launcher, 'parse', broken], { cwd: repoRoot, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/05-missing-brace\.json:1:11: /);
  });
});
