import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared corpus, read in place (`../shared/corpus` from the repository root). */
export const corpusRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus/real');

export interface CorpusFile {
  /** `cfn/001.yaml` */
  file: string;
  bytes: Uint8Array;
}

export function corpusFiles(kind: 'json' | 'cfn' | 'tf'): CorpusFile[] {
  const dir = join(corpusRoot, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => ({ file: `${kind}/${name}`, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** Files the manifest marks as broken or not a pipeline, with the reason. */
export function corpusIssues(): Map<string, string[]> {
  const manifest = JSON.parse(readFileSync(join(corpusRoot, 'manifest.json'), 'utf8')) as {
    file: string;
    issues: string[];
  }[];
  return new Map(manifest.filter((m) => m.issues.length > 0).map((m) => [m.file, m.issues]));
}
