import { readFile } from 'node:fs/promises';
import { parsePipelineJson, type Pipeline } from '@pipewright/model';

/*
 * The one place the CLI reads pipeline files. Today: JSON through the model
 * codec. Its result mirrors `importPipelines` from @pipewright/export, so that
 * switching to every format (CloudFormation, Terraform) changes only this file.
 */

export interface ReadPipeline {
  id: string;
  pipeline: Pipeline;
}

export type ReadPipelinesResult =
  | { ok: true; format: string; pipelines: ReadPipeline[] }
  | { ok: false; error: { message: string; line?: number; column?: number } };

export async function readPipelines(path: string): Promise<ReadPipelinesResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, error: { message: `cannot read the file: ${describeFsError(error)}` } };
  }
  const result = parsePipelineJson(bytes);
  if (!result.ok) return { ok: false, error: result.error };
  const { pipeline } = result.document;
  return {
    ok: true,
    format: 'json',
    pipelines: [{ id: typeof pipeline.name === 'string' ? pipeline.name : 'pipeline', pipeline }],
  };
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** `file:line:column: message` (or `file: message` without a position), as compilers print. */
export function formatReadError(file: string, error: { message: string; line?: number; column?: number }): string {
  const at = error.line !== undefined ? `:${error.line}:${error.column ?? 1}` : '';
  return `${file}${at}: ${error.message}`;
}
