import { importCloudFormation } from '../cloudformation/import.js';
import { importApiJson } from '../json/import.js';
import { importTerraform } from '../terraform/index.js';
import { prepareImport, unexpectedFailure } from './prepare-import.js';
import type { ImportResult } from './types.js';

/**
 * Reads every pipeline of a file: CodePipeline API JSON, CloudFormation (YAML or JSON) or
 * Terraform. The format is detected from the content. Never throws: any failure is an
 * error with a line and column. `loadPipelines` (load-pipelines.ts) is the same, loading
 * the CloudFormation and Terraform readers only for a file that needs them.
 */
export function importPipelines(input: string | Uint8Array, options: { fileName?: string } = {}): ImportResult {
  try {
    const prepared = prepareImport(input, options.fileName);
    if ('failure' in prepared) return prepared.failure;
    const { text } = prepared;
    switch (prepared.format) {
      case 'json':
      case 'unknown-json':
        return importApiJson(text, prepared.json); // already decoded, checked and parsed: no second pass
      case 'cloudformation':
      case 'cloudformation-json':
        return importCloudFormation(text);
      case 'terraform':
        return importTerraform(text);
    }
  } catch (error) {
    return unexpectedFailure(error);
  }
}
