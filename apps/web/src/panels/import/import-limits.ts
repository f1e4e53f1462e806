import type { ImportExtras, ImportFormat } from '@pipewright/export';
import type { Pipeline } from '@pipewright/model';
import type { ImportReview } from './review.js';

/*
 * The light half of reading an import: result types and the size limit, for
 * the main thread. The parsing itself (read-import.ts) runs in the worker.
 */

/** Bigger files are refused before they are read: no pipeline declaration comes near it. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportCandidate {
  /** CloudFormation logical id, Terraform resource label or pipeline name. */
  id: string;
  pipeline: Pipeline;
  extras?: ImportExtras;
  /** Parts of unknown content (Terraform dynamic blocks...): the validator stays silent about them. */
  incomplete: string[];
  /** The Region the file says the pipeline is created in (Terraform's resource `region`), for the validator. */
  region?: string;
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
