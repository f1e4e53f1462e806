import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ImportedPipeline } from '@pipewright/export';
import { loadPipelines } from '@pipewright/export/read';

/*
 * The one place the CLI reads pipeline files: every importable format (API JSON,
 * CloudFormation YAML/JSON, Terraform) through @pipewright/export. Files go through
 * `loadPipelines`, which loads the CloudFormation and Terraform readers only when a file needs
 * them (a JSON validate never evaluates `yaml` or the HCL parser). Bytes that come from elsewhere
 * (`git show`) are read by read-pipeline-bytes.ts, which imports every reader: importing it here
 * would evaluate the exporters in every command that reads a file.
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
  const result = await loadPipelines(bytes, { fileName: path });
  if (!result.ok) return { ok: false, error: result.error };
  return { ok: true, format: result.format, pipelines: result.pipelines };
}

/**
 * The pipeline `wanted` names (its id: CloudFormation logical id, Terraform label, or its
 * pipeline name), or the only one; otherwise why there is none to take.
 */
export function choosePipeline(
  pipelines: readonly ReadPipeline[],
  wanted: string | undefined,
): { ok: true; pipeline: ReadPipeline } | { ok: false; message: string } {
  const ids = pipelines.map((p) => p.id).join(', ');
  if (wanted === undefined) {
    const [only] = pipelines;
    if (only && pipelines.length === 1) return { ok: true, pipeline: only };
    return { ok: false, message: `the file holds ${pipelines.length} pipelines (${ids}); choose one with --resource` };
  }
  const found = pipelines.find((p) => p.id === wanted) ?? pipelines.find((p) => p.pipeline.name === wanted);
  return found ? { ok: true, pipeline: found } : { ok: false, message: `no pipeline "${wanted}" (found: ${ids})` };
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/**
 * The one pipeline a command works on: the file read and the pipeline chosen by `resource` (or the
 * only one). On failure the reason is printed to stderr and `undefined` returned (exit 2).
 */
export async function readOnePipeline(
  file: string,
  resource: string | undefined,
  io: { cwd: string; stderr(text: string): void },
): Promise<ReadPipeline | undefined> {
  const read = await readPipelines(resolve(io.cwd, file));
  if (!read.ok) {
    io.stderr(`${formatReadError(file, read.error)}\n`);
    return undefined;
  }
  const pick = choosePipeline(read.pipelines, resource);
  if (!pick.ok) {
    io.stderr(`${file}: ${pick.message}\n`);
    return undefined;
  }
  return pick.pipeline;
}

/** `file:line:column: message` (or `file: message` without a position), as compilers print. */
export function formatReadError(file: string, error: { message: string; line?: number; column?: number }): string {
  const at = error.line !== undefined ? `:${error.line}:${error.column ?? 1}` : '';
  return `${file}${at}: ${error.message}`;
}
