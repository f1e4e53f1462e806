import type { ImportFormat } from './types.js';

export type DetectedFormat = ImportFormat | 'cloudformation-json' | 'unknown-json';

const HCL_BLOCK = /^\s*(?:resource|data|variable|provider|terraform|module|locals|output)\s+(?:"[^"\n]*"\s*)*\{/m;
const CFN_KEYS = ['AWSTemplateFormatVersion', 'Resources'];
const TERRAFORM_KEYS = ['resource', 'terraform', 'variable', 'provider', 'data', 'module', 'locals', 'output'];
const CFN_KEY_AT_START =
  /^\s*\{\s*"(?:AWSTemplateFormatVersion|Resources|Description|Parameters|Transform|Metadata|Mappings|Conditions)"/;
const CFN_YAML_KEY = /^(?:AWSTemplateFormatVersion|Resources|Transform)\s*:/m;

/** Top-level keys of a JSON object text, or undefined when it does not parse (its importer reports why). */
function jsonTopLevelKeys(text: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decides the format from the content (the file name only breaks ties): JSON holding a
 * template's keys is CloudFormation, JSON holding Terraform's top-level blocks is Terraform
 * (`.tf.json`), other JSON is the API's; HCL block syntax is Terraform; YAML is CloudFormation.
 */
export function detectFormat(text: string, fileName?: string): DetectedFormat {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[') || start.startsWith('"')) {
    const keys = jsonTopLevelKeys(start);
    if (keys) {
      if (keys.includes('pipeline')) return 'json';
      if (keys.some((k) => CFN_KEYS.includes(k))) return 'cloudformation-json';
      // Terraform's JSON syntax allows a `"//"` comment property beside the blocks.
      const blocks = keys.filter((k) => k !== '//');
      if (blocks.length > 0 && blocks.every((k) => TERRAFORM_KEYS.includes(k))) return 'terraform';
      return 'json';
    }
    if (fileName?.endsWith('.tf.json')) return 'terraform';
    return CFN_KEY_AT_START.test(start) ? 'cloudformation-json' : 'json';
  }
  if (HCL_BLOCK.test(text) || fileName?.endsWith('.tf')) return 'terraform';
  if (CFN_YAML_KEY.test(text)) return 'cloudformation';
  if (fileName?.endsWith('.json')) return 'unknown-json';
  return 'cloudformation';
}
