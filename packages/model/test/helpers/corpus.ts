import { hasCorpus, listCorpus, readCorpusBytes, readCorpusText } from '../../../../test-support/corpus.mjs';
import { fixtureManifest, readFixtureBytes } from '../../../../test-support/fixtures.mjs';

/**
 * The pipeline files the codec tests read: the shared corpus (`real/`, found by
 * test-support/corpus.mjs; tests reading it are tagged `corpus`) and the team's own
 * fixtures, laid out the same way.
 */
export interface CorpusEntry {
  file: string;
  kind: string;
  issues: string[];
  notes: string;
}

export interface PipelineFileSet {
  /** `corpus` or `fixtures`, for test names. */
  name: string;
  /** vitest tags: `corpus` for the shared corpus, none for the fixtures. */
  tags: string[];
  entries: CorpusEntry[];
  read: (file: string) => Uint8Array;
}

/** The corpus manifest's entries; empty when there is no corpus (its tests are skipped then). */
export function corpusManifest(): CorpusEntry[] {
  if (!hasCorpus || !listCorpus('real').includes('manifest.json')) return [];
  return Object.values(JSON.parse(readCorpusText('real', 'manifest.json')) as Record<string, CorpusEntry>);
}

export function readCorpusFile(file: string): Uint8Array {
  return readCorpusBytes('real', file);
}

export const corpusSet = (): PipelineFileSet => ({
  name: 'corpus',
  tags: ['corpus'],
  entries: corpusManifest(),
  read: readCorpusFile,
});

export const fixtureSet = (): PipelineFileSet => ({
  name: 'fixtures',
  tags: [],
  entries: fixtureManifest(),
  read: (file) => readFixtureBytes(file),
});
