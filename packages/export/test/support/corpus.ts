import { corpusDir, listCorpus, readCorpusBytes, readCorpusText } from '../../../../test-support/corpus.mjs';
import { fixtureManifest, listFixtures, readFixtureBytes } from '../../../../test-support/fixtures.mjs';

/**
 * Pipeline files by format from the shared corpus's real/ folder (found by
 * test-support/corpus.mjs; empty without it, and the tests reading it are tagged `corpus`)
 * and from the team's own fixtures, which have the same layout.
 */
export interface CorpusFile {
  /** `cfn/001.yaml` */
  file: string;
  bytes: Uint8Array;
}

export type PipelineKind = 'json' | 'cfn' | 'tf';

/** The corpus's `real/` folder, or undefined without a corpus. */
export const corpusRoot = corpusDir && `${corpusDir}/real`;

export function corpusFiles(kind: PipelineKind): CorpusFile[] {
  return listCorpus('real', kind).map((name) => ({
    file: `${kind}/${name}`,
    bytes: readCorpusBytes('real', kind, name),
  }));
}

/** Files the corpus manifest marks as broken or not a pipeline, with the reason. */
export function corpusIssues(): Map<string, string[]> {
  if (!listCorpus('real').includes('manifest.json')) return new Map();
  const manifest = JSON.parse(readCorpusText('real', 'manifest.json')) as { file: string; issues: string[] }[];
  return new Map(manifest.filter((m) => m.issues.length > 0).map((m) => [m.file, m.issues]));
}

export function fixtureFiles(kind: PipelineKind): CorpusFile[] {
  return listFixtures(kind).map((name) => ({ file: `${kind}/${name}`, bytes: readFixtureBytes(kind, name) }));
}

/** Fixtures broken or not a pipeline on purpose, with the reason. */
export function fixtureIssues(): Map<string, string[]> {
  return new Map(fixtureManifest().flatMap((m) => (m.issues.length > 0 ? [[m.file, m.issues] as const] : [])));
}

/** One source of pipeline files, for tests that run on the corpus and on the fixtures alike. */
export interface PipelineSource {
  name: 'corpus' | 'fixtures';
  tags: string[];
  files: (kind: PipelineKind) => CorpusFile[];
  issues: () => Map<string, string[]>;
}

export const pipelineSources: readonly PipelineSource[] = [
  { name: 'corpus', tags: ['corpus'], files: corpusFiles, issues: corpusIssues },
  { name: 'fixtures', tags: [], files: fixtureFiles, issues: fixtureIssues },
];
