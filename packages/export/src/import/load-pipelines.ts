import { importApiJson } from '../json/import.js';
import { prepareImport, unexpectedFailure } from './prepare-import.js';
import type { ImportResult } from './types.js';

/**
 * `importPipelines`, asynchronously: the CloudFormation reader (and the `yaml` package) and the
 * Terraform reader are loaded by the first file that needs them, so a program that reads API
 * JSON (`pipewright validate pipeline.json`) never evaluates them. Same results, same errors.
 */
export async function loadPipelines(
  input: string | Uint8Array,
  options: { fileName?: string } = {},
): Promise<ImportResult> {
  try {
    const prepared = prepareImport(input, options.fileName);
    if ('failure' in prepared) return prepared.failure;
    const { text } = prepared;
    switch (prepared.format) {
      case 'json':
      case 'unknown-json':
        return importApiJson(text, prepared.json);
      case 'cloudformation':
      case 'cloudformation-json':
        return (await import('../cloudformation/import.js')).importCloudFormation(text);
      case 'terraform':
        return (await import('../terraform/index.js')).importTerraform(text);
    }
  } catch (error) {
    return unexpectedFailure(error);
  }
}
