import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared corpus, read in place (repo root/../shared/corpus). */
export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus');

export interface CorpusEntry {
  file: string;
  kind: string;
  issues: string[];
  notes: string;
}

export function corpusManifest(): CorpusEntry[] {
  const manifest = JSON.parse(readFileSync(resolve(CORPUS_DIR, 'real/manifest.json'), 'utf8')) as Record<
    string,
    CorpusEntry
  >;
  return Object.values(manifest);
}

export function readCorpusFile(file: string): Uint8Array {
  return readFileSync(resolve(CORPUS_DIR, 'real', file));
}
