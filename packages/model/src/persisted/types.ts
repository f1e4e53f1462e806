import type { PipelineJsonShape } from '../codec/types.js';
import type { Pipeline } from '../schema/pipeline.js';

/** The version `encodePersistedDocument` writes; older records are migrated on reading (migrations.ts). */
export const PERSISTED_SCHEMA_VERSION = 3;

/** A pipeline document as the designer keeps it between sessions and sends in a share link. */
export interface PersistedDocument {
  /** The file shape it came in, so the JSON view prints it back the same way. */
  shape: PipelineJsonShape;
  /** The declaration as read: every key kept (`__proto__` too, as plain data). */
  pipeline: Pipeline;
  /** Top-level keys beside `pipeline` (`metadata`, `tags`...); empty for a bare declaration. */
  envelope: Record<string, unknown>;
}

/**
 * The stored record (version 3): `document` is the JSON document itself, the bare declaration or
 * `{ pipeline, ...envelope }`, so the shape is read from it rather than stored beside it.
 */
export interface PersistedRecord {
  schemaVersion: typeof PERSISTED_SCHEMA_VERSION;
  /** ISO time of an autosave (share links have none). */
  savedAt?: string;
  document: unknown;
}

export type PersistedReadResult =
  | {
      ok: true;
      document: PersistedDocument;
      savedAt?: string;
      /** Names of the migrations that ran, oldest first (empty for a current record). */
      migrated: string[];
    }
  | { ok: false; reason: string };
