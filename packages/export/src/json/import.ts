import { displayValue, parsePipelineJson } from '@pipewright/model';
import type { ImportedPipeline, ImportResult } from '../import/types.js';
import { pointerOf } from '../plan/pointer.js';

/** A CodePipeline API JSON file (get-pipeline output, create-pipeline input or a bare declaration). */
export function importApiJson(input: string | Uint8Array): ImportResult {
  const result = parsePipelineJson(input);
  if (!result.ok) {
    const { message, line, column } = result.error;
    return { ok: false, format: 'json', error: { message, line, column } };
  }
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
