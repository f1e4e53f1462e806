import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generatePipeline, type Pipeline } from '@pipewright/model';
import { corpusDir } from '../../../../test-support/corpus.mjs';
import { fixturesDir } from '../../../../test-support/fixtures.mjs';
import { exportPipeline } from '../../src/index.js';
import type { ExportTarget } from '../../src/types.js';

/*
 * Seed files the mutators start from: every real corpus file of a format, the peers'
 * templates of that format, and small pipelines this project exports to it. The shared
 * corpus is read in place, never copied (test-support/corpus.mjs finds it); without it the
 * team's own fixtures of the format (test-support/fixtures/) are the file seeds.
 */

export type FuzzFormat = 'json' | 'cloudformation' | 'terraform';
export const FUZZ_FORMATS: readonly FuzzFormat[] = ['json', 'cloudformation', 'terraform'];

export interface Seed {
  /** Where it came from, e.g. `real/cfn/001.yaml` or `export:terraform:3x2`. */
  name: string;
  bytes: Uint8Array;
  /** The file name a user would import it under (the importer only uses it to break ties). */
  fileName: string;
}

/** Where the file seeds come from on this machine. */
export const fileSeedSource: 'corpus' | 'fixtures' = corpusDir ? 'corpus' : 'fixtures';
const seedRoot = corpusDir ?? fixturesDir;

function filesUnder(dir: string, accept: (name: string) => boolean): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return []; // a folder this corpus does not have
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, accept);
    return accept(name) ? [path] : [];
  });
}

function fileSeed(path: string): Seed {
  const name = relative(seedRoot, path);
  return { name, bytes: new Uint8Array(readFileSync(path)), fileName: name.split('/').pop() ?? name };
}

const CORPUS_SOURCES: Record<FuzzFormat, { dir: string; accept: (name: string) => boolean }[]> = {
  json: [{ dir: 'real/json', accept: (n) => n.endsWith('.json') }],
  cloudformation: [
    { dir: 'real/cfn', accept: (n) => /\.(ya?ml|json|template)$/.test(n) },
    { dir: 'peers/cfnlint/templates', accept: (n) => /\.(ya?ml|json)$/.test(n) },
    { dir: 'peers/cdk/cfn-templates', accept: (n) => /\.(ya?ml|json)$/.test(n) },
    { dir: 'peers/cdk/synth', accept: (n) => /\.(ya?ml|json)$/.test(n) },
    { dir: 'peers/cfn_nag', accept: (n) => /\.(ya?ml|json)$/.test(n) },
  ],
  terraform: [
    { dir: 'real/tf', accept: (n) => /\.tf(\.json)?$/.test(n) },
    { dir: 'peers/tf-acc', accept: (n) => /\.tf(\.json)?$/.test(n) },
  ],
};

/** The team's fixtures, laid out like the corpus's real/ folder. */
const FIXTURE_SOURCES: Record<FuzzFormat, { dir: string; accept: (name: string) => boolean }[]> = {
  json: [{ dir: 'json', accept: (n) => n.endsWith('.json') }],
  cloudformation: [{ dir: 'cfn', accept: (n) => /\.(ya?ml|json|template)$/.test(n) }],
  terraform: [{ dir: 'tf', accept: (n) => /\.tf(\.json)?$/.test(n) }],
};

/** The file seeds of a format: the corpus's files when it is there, else the team's fixtures. */
export function corpusSeeds(format: FuzzFormat): Seed[] {
  const sources = corpusDir ? CORPUS_SOURCES[format] : FIXTURE_SOURCES[format];
  return sources.flatMap(({ dir, accept }) => filesUnder(join(seedRoot, dir), accept).map(fileSeed));
}

const EXPORT_TARGETS: Record<FuzzFormat, ExportTarget[]> = {
  json: ['json'],
  cloudformation: ['cloudformation', 'cloudformation-json'],
  terraform: ['terraform', 'terraform-json'],
};

/** Small, valid files of the format, written by this project's own exporters. */
export function exportedSeeds(format: FuzzFormat): Seed[] {
  const shapes: [number, number, number][] = [
    [2, 1, 1],
    [2, 2, 2],
    [3, 2, 3],
    [4, 3, 4],
  ];
  const encoder = new TextEncoder();
  return shapes.flatMap(([stages, actionsPerStage, seed]) => {
    const pipeline: Pipeline = generatePipeline({ stages, actionsPerStage, seed });
    return EXPORT_TARGETS[format].flatMap((target) => {
      try {
        const { text, fileName } = exportPipeline(pipeline, target);
        return [{ name: `export:${target}:${stages}x${actionsPerStage}`, bytes: encoder.encode(text), fileName }];
      } catch {
        return []; // an emitter still being written: its seeds join when it works
      }
    });
  });
}

export function seedsFor(format: FuzzFormat): Seed[] {
  return [...corpusSeeds(format), ...exportedSeeds(format)];
}
