// Loads a workspace package as it ships: bundled and minified by esbuild, as the CLI bundle and
// the web app's build are. Run through tsx instead, every function carries tsx's keep-names
// wrapper, which is not the code users run.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `entry` (a path from the repository root) into bench/dist and imports it. */
export async function importShipped<T>(entry: string): Promise<T> {
  const outDir = join(benchDir, 'dist');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${entry.replace(/[^A-Za-z0-9]+/g, '-')}.mjs`);
  await build({
    entryPoints: [join(benchDir, '..', entry)],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(outfile).href)) as T;
}
