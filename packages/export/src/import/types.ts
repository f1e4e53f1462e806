import type { Pipeline } from '@pipewright/model';
import type { ImportExtras } from '../types.js';

export type ImportFormat = 'json' | 'cloudformation' | 'terraform';

/** What an import kept, what it could only keep as an opaque expression, and what the model cannot hold. */
export interface FidelityReport {
  /** JSON pointers (into the pipeline) of the parts imported as data. */
  imported: string[];
  opaque: { path: string; display: string }[];
  /** Parts the pipeline model cannot hold; kept in `ImportedPipeline.extras` so the same format gets them back. */
  unrepresented: { path: string; reason: string }[];
}

export interface ImportedPipeline {
  /** CloudFormation logical id, Terraform resource label, or the pipeline's name. */
  id: string;
  pipeline: Pipeline;
  /**
   * The Region the pipeline is created in, when the file states it (Terraform's resource-level
   * `region`, hashicorp/aws 6): pass it to `validate(pipeline, { region })` for exact cross-Region checks.
   */
  region?: string;
  fidelity: FidelityReport;
  /** 1-based line and column of the source text behind a pointer into the pipeline (nearest existing ancestor). */
  locate(pointer: string): { line: number; column: number } | undefined;
  /** Format-specific parts outside the pipeline: pass them to `exportPipeline` as `options.extras`. */
  extras?: ImportExtras;
}

export interface ImportError {
  /** Stable id for errors a caller may act on (`duplicate-key`); absent for syntax and shape errors. */
  code?: 'duplicate-key';
  message: string;
  line: number;
  column: number;
}

export type ImportResult =
  | { ok: true; format: ImportFormat; pipelines: ImportedPipeline[] }
  | { ok: false; format?: ImportFormat; error: ImportError };
