import type { Pipeline } from '@pipewright/model';

/*
 * The saved-work format in browser storage. Every saved record carries a
 * `schemaVersion`; older records are brought up to date by ordered, named
 * migrations (see migrations.ts), so a reload after an upgrade still restores
 * the work.
 */

export const CURRENT_SCHEMA_VERSION = 2;

/** The shape the JSON file came in, so the JSON view prints it back the same way. */
export type SavedShape = 'get-pipeline' | 'create-pipeline' | 'bare';

export interface SavedWork {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  /** ISO time of the save (shown to the user when a share link would replace it). */
  savedAt: string;
  document: {
    shape: SavedShape;
    pipeline: Pipeline;
    /** Top-level keys beside the pipeline (metadata, tags...), kept as read. */
    envelope: Record<string, unknown>;
  };
}

export function savedWork(
  pipeline: Pipeline,
  options: { shape?: SavedShape; envelope?: Record<string, unknown>; now?: Date } = {},
): SavedWork {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    savedAt: (options.now ?? new Date()).toISOString(),
    document: { shape: options.shape ?? 'bare', pipeline, envelope: options.envelope ?? {} },
  };
}
