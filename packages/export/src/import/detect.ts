import type { ImportFormat } from './types.js';

export type DetectedFormat = ImportFormat | 'cloudformation-json' | 'unknown-json';

const HCL_BLOCK = /^\s*(?:resource|data|variable|provider|terraform|module|locals|output)\s+(?:"[^"\n]*"\s*)*\{/m;
const CFN_KEYS = ['AWSTemplateFormatVersion', 'Resources'];
const TERRAFORM_KEYS = ['resource', 'terraform', 'variable', 'provider', 'data', 'module', 'locals', 'output'];
const CFN_KEY_AT_START =
  /^\s*\{\s*"(?:AWSTemplateFormatVersion|Resources|Description|Parameters|Transform|Metadata|Mappings|Conditions)"/;
const CFN_YAML_KEY = /^(?:AWSTemplateFormatVersion|Resources|Transform)\s*:/m;

const JSON_WHITESPACE = /^[ \t\n\r]*$/;

/** `JSON.parse` of the text, or undefined when it does not parse (its importer reports why). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Decides the format from the content (the file name only breaks ties): JSON holding a
 * template's keys is CloudFormation, JSON holding Terraform's top-level blocks is Terraform
 * (`.tf.json`), other JSON is the API's; HCL block syntax is Terraform; YAML is CloudFormation.
 */
export function detectFormat(text: string, fileName?: string): DetectedFormat {
  return detect(text, fileName).format;
}

/**
 * `detectFormat`, with the value `JSON.parse` gave when the text is API JSON, for its reader
 * (`parsePipelineJson`'s `parsed`): a 1.6 MB file is then parsed once, not twice. Only when
 * what precedes the value is JSON's own white space, so that parsing the text itself would
 * give the same value.
 */
export function detect(text: string, fileName?: string): { format: DetectedFormat; json?: unknown } {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[') || start.startsWith('"')) {
    const value = parseJson(start);
    if (isObject(value)) {
      const keys = Object.keys(value);
      const json = JSON_WHITESPACE.test(text.slice(0, text.length - start.length)) ? { json: value } : {};
      if (keys.includes('pipeline')) return { format: 'json', ...json };
      if (keys.some((k) => CFN_KEYS.includes(k))) return { format: 'cloudformation-json' };
      // Terraform's JSON syntax allows a `"//"` comment property beside the blocks.
      const blocks = keys.filter((k) => k !== '//');
      if (blocks.length > 0 && blocks.every((k) => TERRAFORM_KEYS.includes(k))) return { format: 'terraform' };
      return { format: 'json', ...json };
    }
    if (fileName?.endsWith('.tf.json')) return { format: 'terraform' };
    return { format: CFN_KEY_AT_START.test(start) ? 'cloudformation-json' : 'json' };
  }
  if (HCL_BLOCK.test(text) || fileName?.endsWith('.tf')) return { format: 'terraform' };
  if (CFN_YAML_KEY.test(text)) return { format: 'cloudformation' };
  if (fileName?.endsWith('.json')) return { format: 'unknown-json' };
  return { format: 'cloudformation' };
}
