import type { ImportFormat } from '@pipewright/export';
import { deepEqual, parsePipelineJson } from '@pipewright/model';
import type { DocumentSource } from '../../store/index.js';
import type { ImportCandidate } from './import-limits.js';

/** JSON originals above this size are not kept (re-parsing them on the main thread would stall the page). */
const KEEP_ORIGINAL_BELOW = 1024 * 1024;

/*
 * The store's record of where an imported document came from. For a JSON file
 * it keeps the parsed original, so the JSON view prints the pipeline back in
 * the file's own shape (get-pipeline metadata included) and style; for
 * CloudFormation and Terraform it keeps the importer's extras, so exporting
 * back to the same format loses nothing.
 */
export function importSource(
  format: ImportFormat,
  candidate: ImportCandidate,
  input: string | Uint8Array | undefined,
  fileName: string | undefined,
): DocumentSource {
  const base: DocumentSource = {
    kind: 'import',
    format,
    id: candidate.id,
    ...(fileName ? { fileName } : {}),
    ...(candidate.incomplete.length > 0 ? { incomplete: candidate.incomplete } : {}),
    ...(candidate.region ? { region: candidate.region } : {}),
  };
  if (format !== 'json') return candidate.extras ? { ...base, original: candidate.extras } : base;
  const size = input === undefined ? Infinity : typeof input === 'string' ? input.length : input.byteLength;
  if (input === undefined || size > KEEP_ORIGINAL_BELOW) return base;
  const parsed = parsePipelineJson(input);
  return parsed.ok && deepEqual(parsed.document.pipeline, candidate.pipeline)
    ? { ...base, original: parsed.document }
    : base;
}

/** The import extras behind the document, for exporting back to the format it came from. */
export function importExtrasOf(source: DocumentSource): ImportCandidate['extras'] {
  const original = source.original as { kind?: unknown } | undefined;
  return original && (original.kind === 'cloudformation' || original.kind === 'terraform')
    ? (original as ImportCandidate['extras'])
    : undefined;
}
