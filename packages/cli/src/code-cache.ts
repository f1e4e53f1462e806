import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/*
 * Why: compiling the ~700 KB bundle is the largest single cost of a short `pipewright validate`
 * (~30 ms of ~250 ms CPU). Node 20 has no compile cache for ES modules
 * (`module.enableCompileCache` is Node 22.1+), but V8 takes a code cache for a script, so the
 * CLI is also built as one CommonJS file, run here through `vm.Script` with the cache V8 wrote
 * after an earlier run. The file's name carries a hash of its content (V8 checks only the
 * source's length), the cache is written once, atomically, beside it, and a missing, rejected
 * (another V8 or flags) or unwritable cache only means compiling as usual.
 */

/** Runs a CommonJS file through V8's code cache and returns its exports. */
export function loadWithCodeCache(file: URL): unknown {
  const filename = fileURLToPath(file);
  const cacheFile = `${filename}.v8-cache`;
  const source = readFileSync(filename, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // first run: compile, then write the cache
  }
  const wrapper = '(function (exports, require, module, __filename, __dirname) {';
  const script = new Script(`${wrapper}${source}\n})`, {
    filename,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(filename), module, filename, dirname(filename));
  if (cachedData === undefined || script.cachedDataRejected) {
    // After the command, so the cache holds the functions it compiled too.
    process.once('beforeExit', () => writeCache(cacheFile, script));
  }
  return module.exports;
}

function writeCache(cacheFile: string, script: Script): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile); // atomic: a parallel run reads the old cache or the new one
  } catch {
    rmSync(temporary, { force: true }); // a read-only install: no cache, no harm
  }
}
