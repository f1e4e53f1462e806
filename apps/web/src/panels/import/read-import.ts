import { importPipelines, type ImportExtras, type ImportFormat } from '@pipewright/export';
import type { Pipeline } from '@pipewright/model';
import { validate } from '@pipewright/validator';
import { reviewImport, type ImportReview } from './review.js';

/*
 * Reads a dropped, opened or pasted file into import candidates, each with its
 * review. Pure and serialisable (no functions in the result), so it can run in
 * a Web Worker; never throws.
 */

/** Bigger files are refused before they are read: no pipeline declaration comes near it. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportCandidate {
  /** CloudFormation logical id, Terraform resource label or pipeline name. */
  id: string;
  pipeline: Pipeline;
  extras?: ImportExtras;
  review: ImportReview;
}

export type ReadImportResult =
  | { ok: true; format: ImportFormat; fileName?: string; candidates: ImportCandidate[] }
  | { ok: false; fileName?: string; message: string; line?: number; column?: number };

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The refusal for a file too big to import, or undefined when its size is fine. */
export function sizeProblem(bytes: number, fileName?: string): ReadImportResult | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return {
    ok: false,
    ...(fileName ? { fileName } : {}),
    message: `${fileName ?? 'The pasted text'} is ${formatSize(bytes)}; Pipewright imports files up to ${formatSize(MAX_IMPORT_BYTES)}. A pipeline declaration, even in a large CloudFormation template, is far smaller: is this the right file?`,
  };
}

export function readImport(input: string | Uint8Array, fileName?: string): ReadImportResult {
  const bytes = typeof input === 'string' ? input.length : input.byteLength;
  const tooBig = sizeProblem(bytes, fileName);
  if (tooBig) return tooBig;
  try {
    const result = importPipelines(input, fileName ? { fileName } : {});
    const named = fileName ? { fileName } : {};
    if (!result.ok) {
      return {
        ok: false,
        ...named,
        message: result.error.message,
        line: result.error.line,
        column: result.error.column,
      };
    }
    if (result.pipelines.length === 0) {
      return { ok: false, ...named, message: `no pipeline found in this ${result.format} file`, line: 1, column: 1 };
    }
    return {
      ok: true,
      format: result.format,
      ...named,
      candidates: result.pipelines.map((p) => ({
        id: p.id,
        pipeline: p.pipeline,
        ...(p.extras ? { extras: p.extras } : {}),
        review: reviewImport(p.pipeline, validate(p.pipeline), p.fidelity, (pointer) => p.locate(pointer)),
      })),
    };
  } catch (error) {
    // importPipelines promises never to throw; if it does, the user still gets a message.
    return {
      ok: false,
      ...(fileName ? { fileName } : {}),
      message: `the import failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
