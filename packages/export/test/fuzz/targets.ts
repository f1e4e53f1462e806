import { parsePipelineJson } from '@pipewright/model';
import { importPipelines } from '../../src/index.js';
import { importCloudFormation } from '../../src/cloudformation/import.js';
import { decodeText } from '@pipewright/model';
import { detectFormat } from '../../src/import/detect.js';
import { importApiJson } from '../../src/json/import.js';
import { importTerraform } from '../../src/terraform/index.js';
import { decodeStrict } from '../../src/import/strict-decode.js';
import { importResultProblems, jsonResultProblems } from './oracle.js';
import type { FuzzInput } from './inputs.js';
import type { FuzzFormat } from './seeds.js';

/*
 * The entry points one input goes through: `importPipelines` (format detection included),
 * the format's own importer called directly (when detection sent the input elsewhere, so
 * every importer sees every input meant for it), and for JSON the model's codec.
 */

export interface Target {
  name: string;
  call(input: FuzzInput): unknown;
  problems(result: unknown, input: FuzzInput): string[];
}

const importProblems = (result: unknown, input: FuzzInput) => importResultProblems(result, input.input);

const viaDetection: Target = {
  name: 'importPipelines',
  call: ({ input, fileName }) => importPipelines(input, fileName ? { fileName } : {}),
  problems: (result, input) => {
    const problems = importProblems(result, input);
    // Bytes that are not well-formed must never import: that would change values silently.
    if ((result as { ok?: boolean }).ok && !decodeStrict(input.input).ok) problems.push('imported badly encoded bytes');
    return problems;
  },
};

const DIRECT: Record<FuzzFormat, Target> = {
  json: { name: 'importApiJson', call: ({ input }) => importApiJson(input), problems: importProblems },
  cloudformation: {
    name: 'importCloudFormation',
    call: ({ input }) => importCloudFormation(decodeText(input).text),
    problems: importProblems,
  },
  terraform: {
    name: 'importTerraform',
    call: ({ input }) => importTerraform(decodeText(input).text),
    problems: importProblems,
  },
};

const jsonCodec: Target = {
  name: 'parsePipelineJson',
  call: ({ input }) => parsePipelineJson(input),
  problems: (result, input) => jsonResultProblems(result, input.input),
};

const ROUTES: Record<string, FuzzFormat> = {
  json: 'json',
  'unknown-json': 'json',
  cloudformation: 'cloudformation',
  'cloudformation-json': 'cloudformation',
  terraform: 'terraform',
};

/** Where `importPipelines` sends an input (undefined if detection itself fails). */
function routedTo(input: FuzzInput): FuzzFormat | undefined {
  try {
    return ROUTES[detectFormat(decodeText(input.input).text, input.fileName)];
  } catch {
    return undefined;
  }
}

/** The targets for an input meant for `format`, without calling the same importer twice. */
export function targetsFor(format: FuzzFormat, input: FuzzInput): Target[] {
  const targets = [viaDetection];
  if (routedTo(input) !== format) targets.push(DIRECT[format]);
  if (format === 'json') targets.push(jsonCodec);
  return targets;
}

export const ALL_TARGET_NAMES = [viaDetection.name, ...Object.values(DIRECT).map((t) => t.name), jsonCodec.name];
