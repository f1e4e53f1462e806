import type { ImportFormat } from './types.js';

export type DetectedFormat = ImportFormat | 'cloudformation-json' | 'unknown-json';

const HCL_BLOCK = /^\s*(?:resource|data|variable|provider|terraform|module|locals|output)\s+(?:"[^"\n]*"\s*)*\{/m;
const CFN_JSON_KEY =
  /^\s*\{\s*"(?:AWSTemplateFormatVersion|Resources|Description|Parameters|Transform|Metadata|Mappings|Conditions)"/;
const CFN_KEY_ANYWHERE = /"(?:AWSTemplateFormatVersion|Resources)"\s*:/;
const CFN_YAML_KEY = /^(?:AWSTemplateFormatVersion|Resources|Transform)\s*:/m;

/**
 * Decides the format from the content alone (the file name only breaks ties): JSON that
 * holds a template's top-level keys is CloudFormation, other JSON is the API's, HCL block
 * syntax is Terraform, YAML with `Resources:` is CloudFormation.
 */
export function detectFormat(text: string, fileName?: string): DetectedFormat {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[') || start.startsWith('"')) {
    if (CFN_JSON_KEY.test(start) || (CFN_KEY_ANYWHERE.test(start) && !/"pipeline"\s*:/.test(start)))
      return 'cloudformation-json';
    return 'json';
  }
  if (HCL_BLOCK.test(text) || fileName?.endsWith('.tf')) return 'terraform';
  if (CFN_YAML_KEY.test(text)) return 'cloudformation';
  if (fileName?.endsWith('.json')) return 'unknown-json';
  return 'cloudformation';
}
