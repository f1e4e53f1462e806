import { JsonOffsets, displayValue, parsePipelineJson } from '@pipewright/model';
import { readYamlDocument } from '../cloudformation/yaml-reader.js';
import { countParsedKeys, duplicateKeyError } from '../import/duplicate-keys.js';
import type { ImportError, ImportedPipeline, ImportResult } from '../import/types.js';
import { pointerOf } from '../plan/pointer.js';

/** A CodePipeline API JSON file (get-pipeline output, create-pipeline input or a bare declaration). */
export function importApiJson(input: string | Uint8Array): ImportResult {
  const result = parsePipelineJson(input);
  if (!result.ok) {
    const { message, line, column } = result.error;
    return { ok: false, format: 'json', error: { message, line, column } };
  }
  const repeated = repeatedKeyError(result.document.text);
  if (repeated) return { ok: false, format: 'json', error: repeated };
  const { pipeline, envelope, sourceMap, shape } = result.document;
  const unrepresented = Object.keys(envelope)
    .filter((key) => key !== 'tags')
    .map((key) => ({ path: pointerOf([key]), reason: `${shape} ${key} is not part of the create-pipeline input` }));
  const imported = [
    ...Object.keys(pipeline).map((k) => pointerOf([k])),
    ...pipeline.stages.flatMap((stage, i) => [
      pointerOf(['stages', i]),
      ...stage.actions.map((_, j) => pointerOf(['stages', i, 'actions', j])),
    ]),
  ];
  const imported_: ImportedPipeline = {
    id: displayValue(pipeline.name),
    pipeline,
    fidelity: { imported, opaque: [], unrepresented },
    locate(pointer) {
      const range = sourceMap.rangeOf(pointer);
      return range ? { line: range.line, column: range.column } : undefined;
    },
    ...(envelope['tags'] !== undefined ? { extras: { kind: 'json' as const, tags: envelope['tags'] } } : {}),
  };
  return { ok: true, format: 'json', pipelines: [imported_] };
}

/**
 * A key repeated in one object is refused, as the CloudFormation importer refuses it: the AWS
 * CLI would keep the last value and drop the first without a word. Counting names against the
 * parsed value is one scan; the YAML document model (JSON is YAML) then finds both places.
 */
function repeatedKeyError(text: string): ImportError | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined; // not strict JSON: the model's reader accepted it some other way
  }
  if (new JsonOffsets(text).countKeys() === countParsedKeys(parsed)) return undefined;
  const read = readYamlDocument(text);
  if (!read.ok || read.source.duplicates.length === 0) return undefined;
  const why = 'the AWS CLI would keep only the last one without a word';
  return duplicateKeyError(read.source.duplicates, read.source.lines, why);
}
