import {
  LineIndex,
  displayValue,
  parsePipelineJson,
  repeatedKeysOf,
  type PipelineJsonDocument,
} from '@pipewright/model';
import { duplicateKeyError } from '../import/duplicate-keys.js';
import type { ImportError, ImportedPipeline, ImportResult } from '../import/types.js';
import { pointerOf } from '../plan/pointer.js';

/**
 * A CodePipeline API JSON file (get-pipeline output, create-pipeline input or a bare declaration);
 * `parsed`: `JSON.parse` of that text, when format detection has it.
 */
export function importApiJson(input: string | Uint8Array, parsed?: unknown): ImportResult {
  const result = parsePipelineJson(input, { parsed });
  if (!result.ok) {
    const { message, line, column } = result.error;
    return { ok: false, format: 'json', error: { message, line, column } };
  }
  const repeated = repeatedJsonKeyError(result.document);
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
 * CLI would keep the last value and drop the first without a word. The web JSON view gives the
 * same error while the user types.
 */
export function repeatedJsonKeyError(document: PipelineJsonDocument): ImportError | undefined {
  const repeated = repeatedKeysOf(document);
  if (repeated.length === 0) return undefined;
  const why = 'the AWS CLI would keep only the last one without a word';
  return duplicateKeyError(repeated, new LineIndex(document.text), why);
}
