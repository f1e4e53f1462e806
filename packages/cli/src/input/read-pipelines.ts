import { readFile } from 'node:fs/promises';
import { importPipelines, type ImportedPipeline } from '@pipewright/export';

/*
 * The one place the CLI reads pipeline files: every importable format (API JSON,
 * CloudFormation YAML/JSON, Terraform) through `importPipelines` from @pipewright/export.
 */

/** A pipeline of the file, with what its import kept beside it (for `convert`). */
export type ReadPipeline = ImportedPipeline;

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
  const result = importPipelines(bytes, { fileName: path });
  if (!result.ok) return { ok: false, error: result.error };
  return { ok: true, format: result.format, pipelines: result.pipelines };
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
