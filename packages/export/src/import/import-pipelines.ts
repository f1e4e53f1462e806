import { importCloudFormation } from '../cloudformation/import.js';
import { importApiJson } from '../json/import.js';
import { importTerraform } from '../terraform/index.js';
import { detectFormat } from './detect.js';
import { decodeStrict } from './strict-decode.js';
import type { ImportResult } from './types.js';

/** Bigger inputs are refused before parsing: parsing 20 MB takes seconds, and no pipeline comes near it. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Reads every pipeline of a file: CodePipeline API JSON, CloudFormation (YAML or JSON) or
 * Terraform. The format is detected from the content. Never throws: any failure is an
 * error with a line and column.
 */
export function importPipelines(input: string | Uint8Array, options: { fileName?: string } = {}): ImportResult {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_IMPORT_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    const message = `the file is ${mb(size)}; Pipewright imports files up to ${mb(MAX_IMPORT_BYTES)} (a pipeline declaration is far smaller)`;
    return { ok: false, error: { message, line: 1, column: 1 } };
  }
  try {
    // Strict: a bad byte is an error with its position, never a silent U+FFFD in a value.
    const decoded = decodeStrict(input);
    if (!decoded.ok) {
      const { message, line, column } = decoded;
      return { ok: false, error: { message, line, column } };
    }
    const text = decoded.text;
    switch (detectFormat(text, options.fileName)) {
      case 'json':
      case 'unknown-json':
        return importApiJson(text); // already decoded and checked: no second decode
      case 'cloudformation':
      case 'cloudformation-json':
        return importCloudFormation(text);
      case 'terraform':
        return importTerraform(text);
    }
  } catch (error) {
    return {
      ok: false,
      error: {
        message: `could not read the file: ${error instanceof Error ? error.message : String(error)}`,
        line: 1,
        column: 1,
      },
    };
  }
}
