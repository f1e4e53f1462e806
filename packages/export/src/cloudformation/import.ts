import { duplicateKeyError } from '../import/duplicate-keys.js';
import type { ImportedPipeline, ImportResult } from '../import/types.js';
import { isPlainObject, ownEntries } from '../plan/own.js';
import { pointerOf, segmentsOf } from '../plan/pointer.js';
import { fromCfnProperties } from './from-cfn.js';
import { PIPELINE_RESOURCE_TYPE } from './shapes.js';
import type { TemplateSource } from './source.js';
import { readCfnYaml } from './yaml-reader.js';

/** Does this parsed document look like a CloudFormation template? */
export function isCfnTemplate(data: unknown): data is Record<string, unknown> {
  return (
    isPlainObject(data) &&
    (isPlainObject(data['Resources']) || typeof data['AWSTemplateFormatVersion'] === 'string' || 'Transform' in data)
  );
}

function positionOf(
  source: TemplateSource,
  segments: (string | number)[],
): { line: number; column: number } | undefined {
  // A YAML short form (`!If [...]`) has no `Fn::If` key in the text: its items sit right below it.
  const short = segments.filter((s) => !(typeof s === 'string' && s.startsWith('Fn::')));
  for (let n = segments.length; n >= 0; n--) {
    const shortN = n - segments.slice(0, n).filter((s) => typeof s === 'string' && s.startsWith('Fn::')).length;
    const offset =
      source.offsets.get(pointerOf(segments.slice(0, n))) ?? source.offsets.get(pointerOf(short.slice(0, shortN)));
    if (offset !== undefined) return source.lines.position(offset);
  }
  return undefined;
}

/**
 * Every `AWS::CodePipeline::Pipeline` of a CloudFormation template (YAML or JSON), in
 * template order. Each keeps the whole template as extras so the export writes it back.
 */
export function importCloudFormation(text: string): ImportResult {
  const read = readCfnYaml(text);
  if (!read.ok) return { ok: false, format: 'cloudformation', error: read.error };
  const source = read.source;
  if (source.duplicates.length > 0) {
    const why =
      'CloudFormation rejects a template with a repeated key (cfn-lint E0000), and reading on would keep only the last one';
    return {
      ok: false,
      format: 'cloudformation',
      error: duplicateKeyError(source.duplicates, source.lines, why),
    };
  }
  const template = source.data;
  if (!isCfnTemplate(template)) {
    return {
      ok: false,
      format: 'cloudformation',
      error: { message: 'not a CloudFormation template (no Resources)', line: 1, column: 1 },
    };
  }
  const resources = isPlainObject(template['Resources']) ? template['Resources'] : {};
  const pipelines: ImportedPipeline[] = [];
  for (const [logicalId, resource] of ownEntries(resources)) {
    if (!isPlainObject(resource) || resource['Type'] !== PIPELINE_RESOURCE_TYPE) continue;
    const base = ['Resources', logicalId];
    const converted = fromCfnProperties(resource['Properties'], logicalId);
    if (!converted.ok) {
      const pos = positionOf(source, [...base, 'Properties', ...converted.cfnPath]) ?? { line: 1, column: 1 };
      return {
        ok: false,
        format: 'cloudformation',
        error: { message: `${logicalId}: ${converted.message}`, ...pos },
      };
    }
    const { pipeline, patches, fidelity } = converted.value;
    // The API -> CFN path table, made by converting again with recording on the first locate()
    // (a clean import never needs it); the properties are the ones just read, handed out read-only.
    let cfnPaths: Map<string, (string | number)[]> | undefined;
    const cfnPathOf = (): Map<string, (string | number)[]> => {
      if (!cfnPaths) {
        const again = fromCfnProperties(resource['Properties'], logicalId, true);
        cfnPaths = again.ok ? again.value.cfnPathOf : new Map();
      }
      return cfnPaths;
    };
    for (const key of Object.keys(resource)) {
      if (key !== 'Type' && key !== 'Properties') {
        fidelity.unrepresented.push({
          path: pointerOf([key]),
          reason: `resource attribute ${key} (kept for CloudFormation)`,
        });
      }
    }
    pipelines.push({
      id: logicalId,
      pipeline,
      fidelity,
      extras: { kind: 'cloudformation', logicalId, patches, template },
      locate(pointer) {
        const segments = segmentsOf(pointer);
        for (let n = segments.length; n >= 0; n--) {
          const cfn = cfnPathOf().get(pointerOf(segments.slice(0, n)));
          if (cfn) return positionOf(source, [...base, 'Properties', ...cfn]);
        }
        return positionOf(source, [...base, 'Properties']);
      },
    });
  }
  if (pipelines.length === 0) {
    return {
      ok: false,
      format: 'cloudformation',
      error: {
        message: `the template has no ${PIPELINE_RESOURCE_TYPE} resource`,
        ...(positionOf(source, ['Resources']) ?? { line: 1, column: 1 }),
      },
    };
  }
  return { ok: true, format: 'cloudformation', pipelines };
}
