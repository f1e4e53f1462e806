// @ts-check
// Where things live in the repository, resolved from this file so scripts work from any cwd.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDir = join(repoRoot, 'apps', 'web');
export const webDist = join(webDir, 'dist');
export const e2eDir = join(repoRoot, 'e2e');
export const benchDir = join(repoRoot, 'bench');
export const benchResultsDir = join(benchDir, 'results');

/** The exact pnpm the repository pins in package.json `packageManager` (e.g. `pnpm@10.34.8`). */
export function pinnedPnpm() {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const spec = String(manifest.packageManager ?? '');
  if (!/^pnpm@\d+\.\d+\.\d+/.test(spec)) {
    throw new Error(`package.json "packageManager" must pin pnpm (e.g. "pnpm@10.34.8"), found "${spec}"`);
  }
  return spec.split('+')[0] ?? spec;
}
