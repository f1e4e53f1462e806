import { PERSISTED_SCHEMA_VERSION } from './types.js';

/*
 * Ordered, named migrations of the persisted document. Migration `n` takes a record of version
 * `n` to `n + 1`; version 0 is the unversioned first autosave (the bare pipeline declaration).
 * Share links wrote `{ v: 1, pipeline }`, the same record as autosave's `{ schemaVersion: 1,
 * pipeline }`: `versionOf` reads both, so old links and old saved work take the same steps.
 * Never edit a released migration: add the next one and bump PERSISTED_SCHEMA_VERSION.
 */

export type PersistedValue = Record<string, unknown>;

export interface PersistedMigration {
  /** Stable name, reported when it runs. */
  name: string;
  /** The version it reads; it writes `from + 1`. */
  from: number;
  migrate(record: PersistedValue): PersistedValue;
}

function isRecord(value: unknown): value is PersistedValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{...envelope, pipeline}` with `pipeline` first (as the AWS CLI writes it), every key kept as data. */
function wrapped(pipeline: unknown, envelope: PersistedValue): PersistedValue {
  return { pipeline, ...envelope };
}

export const persistedMigrations: readonly PersistedMigration[] = [
  {
    name: 'wrap-unversioned-pipeline',
    from: 0,
    migrate: (record) => ({ schemaVersion: 1, pipeline: record }),
  },
  {
    // v2 kept the file's shape and envelope (get-pipeline metadata, tags) and the save time.
    name: 'add-document-shape-and-envelope',
    from: 1,
    migrate: (record) => ({
      schemaVersion: 2,
      savedAt: new Date(0).toISOString(),
      document: { shape: 'bare', pipeline: record.pipeline, envelope: {} },
    }),
  },
  {
    // v3 stores the document itself (the shape is read from it) and is what share links carry too.
    name: 'store-the-document-as-read',
    from: 2,
    migrate: (record) => {
      const old = isRecord(record.document) ? record.document : {};
      const envelope = isRecord(old.envelope) ? old.envelope : {};
      const bare = old.shape !== 'get-pipeline' && old.shape !== 'create-pipeline';
      return {
        schemaVersion: 3,
        ...(typeof record.savedAt === 'string' ? { savedAt: record.savedAt } : {}),
        document: bare ? old.pipeline : wrapped(old.pipeline, envelope),
      };
    },
  },
];

/** The record's version: `schemaVersion`, a share link's `v`, 0 when it has neither; NaN when unreadable. */
export function versionOf(record: PersistedValue): number {
  const version = Object.hasOwn(record, 'schemaVersion')
    ? record.schemaVersion
    : Object.hasOwn(record, 'v')
      ? record.v
      : 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : NaN;
}

export type MigrationResult = { ok: true; record: PersistedValue; migrated: string[] } | { ok: false; reason: string };

/** Brings a record of any known version to PERSISTED_SCHEMA_VERSION, step by step. */
export function migratePersisted(record: PersistedValue): MigrationResult {
  let current = record;
  let version = versionOf(current);
  if (Number.isNaN(version)) {
    return {
      ok: false,
      reason: `it has an invalid schemaVersion (${JSON.stringify(record.schemaVersion ?? record.v)})`,
    };
  }
  if (version > PERSISTED_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `it has schemaVersion ${version}, newer than this version of Pipewright reads (${PERSISTED_SCHEMA_VERSION})`,
    };
  }
  const migrated: string[] = [];
  while (version < PERSISTED_SCHEMA_VERSION) {
    const step = persistedMigrations.find((m) => m.from === version);
    if (!step) return { ok: false, reason: `there is no migration from schemaVersion ${version}` };
    current = step.migrate(current);
    migrated.push(step.name);
    version = versionOf(current);
  }
  return { ok: true, record: current, migrated };
}
