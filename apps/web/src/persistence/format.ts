import type { PersistedDocument, Pipeline, PipelineJsonShape } from '@pipewright/model';

/*
 * Saved work in browser storage: the persisted document (its codec, with `schemaVersion` and
 * ordered migrations, is @pipewright/model's `encodePersistedDocument` / `decodePersistedDocument`,
 * which share links use too) and the time it was saved.
 */

export interface SavedWork {
  /** ISO time of the save (shown when offering a closed tab's work). */
  savedAt: string;
  document: PersistedDocument;
}

export function savedWork(
  pipeline: Pipeline,
  options: { shape?: PipelineJsonShape; envelope?: Record<string, unknown>; now?: Date } = {},
): SavedWork {
  return {
    savedAt: (options.now ?? new Date()).toISOString(),
    document: { shape: options.shape ?? 'bare', pipeline, envelope: options.envelope ?? {} },
  };
}
