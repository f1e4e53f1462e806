import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The bundle runs through V8's code cache (src/code-cache.ts): the first run writes the cache
 * beside the content-named CommonJS file, later runs use it, and a cache V8 refuses is replaced,
 * never trusted. Built into a folder of its own (cli.test.ts builds dist/ at the same time).
 */
describe('the bundle and its code cache', () => {
  let out: string;
  const cacheFiles = () => readdirSync(out).filter((name) => name.endsWith('.v8-cache'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(out, 'pipewright.mjs'), ...args], { encoding: 'utf8' });

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'pipewright-code-cache-'));
    execFileSync(process.execPath, [resolve(__dirname, '../scripts/build.mjs'), '--outdir', out]);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('names the CommonJS bundle after its content and has no cache before the first run', () => {
    expect(readdirSync(out).filter((name) => /^cli-[0-9a-f]{16}\.cjs$/.test(name))).toHaveLength(1);
    expect(cacheFiles()).toEqual([]);
  });

  it('writes the cache on the first run and gives the same output with it', () => {
    const first = run('--help');
    expect(first.status).toBe(0);
    expect(cacheFiles()).toHaveLength(1);
    const cache = join(out, cacheFiles()[0] as string);
    const written = readFileSync(cache);
    const second = run('--help');
    expect([second.status, second.stdout, second.stderr]).toEqual([0, first.stdout, '']);
    expect(readFileSync(cache).equals(written)).toBe(true); // used, not rewritten
  });

  it('replaces a cache V8 refuses instead of failing', () => {
    const cache = join(out, cacheFiles()[0] as string);
    writeFileSync(cache, 'not a code cache');
    const result = run('--version');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('0.1.0\n');
    expect(result.stderr).toBe('');
    expect(readFileSync(cache, 'utf8')).not.toBe('not a code cache');
  });
});
