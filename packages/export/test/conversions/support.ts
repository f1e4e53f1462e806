import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A fixture of this folder, as bytes (what a user drops on the import panel). */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(fixturesDir, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}
