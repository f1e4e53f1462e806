import { templates, type Pipeline } from '@pipewright/model';
import { importApiJson } from '../../src/json/import.js';
import { importTerraform } from '../../src/terraform/index.js';
import { importCloudFormation } from '../../src/cloudformation/import.js';
import { decodeText } from '@pipewright/model';
import type { ImportExtras } from '../../src/types.js';
import { corpusFiles, fixtureFiles, type CorpusFile, type PipelineKind } from './corpus.js';

/** A pipeline every export test runs: the design's patterns, the fixtures and every importable corpus pipeline. */
export interface ExportCase {
  name: string;
  pipeline: Pipeline;
  extras?: ImportExtras;
  /** The source text when the case came from a CloudFormation file (to lint the original too). */
  cfnSource?: string;
}

export function patternCases(): ExportCase[] {
  return templates.filter((t) => t.id !== 'blank').map((t) => ({ name: `pattern-${t.id}`, pipeline: t.pipeline }));
}

/** Every importable API JSON and CloudFormation pipeline of the corpus (none without it). */
export const corpusCases = (): ExportCase[] => casesOf(corpusFiles);
/** The same from the team's own fixtures (always there). */
export const fixtureCases = (): ExportCase[] => casesOf(fixtureFiles, 'fixture-');

function casesOf(files: (kind: PipelineKind) => CorpusFile[], prefix = ''): ExportCase[] {
  const cases: ExportCase[] = [];
  for (const { file, bytes } of files('json')) {
    const result = importApiJson(bytes);
    if (result.ok)
      for (const p of result.pipelines)
        cases.push({ name: prefix + file.replace(/[^A-Za-z0-9]/g, '-'), pipeline: p.pipeline });
  }
  for (const { file, bytes } of files('cfn')) {
    const text = decodeText(bytes).text;
    const result = importCloudFormation(text);
    if (!result.ok) continue;
    for (const p of result.pipelines) {
      cases.push({
        name: prefix + `${file}-${p.id}`.replace(/[^A-Za-z0-9]/g, '-'),
        pipeline: p.pipeline,
        extras: p.extras,
        cfnSource: text,
      });
    }
  }
  return cases;
}

/** Pipelines of the Terraform corpus (their expressions become placeholders outside Terraform). */
export const terraformCases = (): ExportCase[] => terraformCasesOf(corpusFiles);
/** The same from the team's Terraform fixtures. */
export const terraformFixtureCases = (): ExportCase[] => terraformCasesOf(fixtureFiles, 'fixture-');

function terraformCasesOf(files: (kind: PipelineKind) => CorpusFile[], prefix = ''): ExportCase[] {
  const cases: ExportCase[] = [];
  for (const { file, bytes } of files('tf')) {
    const result = importTerraform(decodeText(bytes).text);
    if (!result.ok) continue;
    for (const p of result.pipelines)
      cases.push({ name: prefix + `${file}-${p.id}`.replace(/[^A-Za-z0-9]/g, '-'), pipeline: p.pipeline });
  }
  return cases;
}
