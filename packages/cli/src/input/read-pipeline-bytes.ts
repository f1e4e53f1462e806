import { importPipelines } from '@pipewright/export';
import type { ReadPipelinesResult } from './read-pipelines.js';

/** `readPipelines` for bytes that did not come from a file (e.g. `git show`); `fileName` guides format detection. */
export function readPipelineBytes(bytes: Uint8Array, fileName: string): ReadPipelinesResult {
  const result = importPipelines(bytes, { fileName });
  if (!result.ok) return { ok: false, error: result.error };
  return { ok: true, format: result.format, pipelines: result.pipelines };
}
