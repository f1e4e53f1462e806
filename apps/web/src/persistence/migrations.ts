import { Pipeline } from '@pipewright/model';
import { CURRENT_SCHEMA_VERSION, type SavedWork } from './format.js';

/*
 * Ordered, named migrations of the saved-work format. Migration `n` takes a
 * record of schemaVersion `n` (0 = the unversioned first format) to `n + 1`.
 * Never edit a released migration: add the next one and bump
 * CURRENT_SCHEMA_VERSION.
 */

export interface Migration {
  name: string;
  from: number;
  migrate(record: Record<string, unknown>): Record<string, unknown>;
}

export const migrations: readonly Migration[] = [
  {
    // The first autosave stored the bare pipeline declaration, without a version.
    name: 'wrap-unversioned-pipeline',
    from: 0,
    migrate: (record) => ({ schemaVersion: 1, pipeline: record }),
  },
  {
    // v2 keeps the file's shape and envelope (get-pipeline metadata, tags) and the save time.
    name: 'add-document-shape-and-envelope',
    from: 1,
    migrate: (record) => ({
      schemaVersion: 2,
      savedAt: new Date(0).toISOString(),
      document: { shape: 'bare', pipeline: record.pipeline, envelope: {} },
    }),
  },
];

export type LoadResult = { ok: true; work: SavedWork; migrated: string[] } | { ok: false; reason: string };

function versionOf(record: Record<string, unknown>): number {
  if (!('schemaVersion' in record)) return 0;
  return typeof record.schemaVersion === 'number' ? record.schemaVersion : NaN;
}

/** Brings any saved record to the current format, then checks the pipeline against the model. */
export function migrateSavedWork(raw: unknown): LoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'saved work is not a JSON object' };
  }
  let record = raw as Record<string, unknown>;
  const applied: string[] = [];
  let version = versionOf(record);
  if (!Number.isInteger(version) || version < 0) {
    return { ok: false, reason: `saved work has an invalid schemaVersion (${String(record.schemaVersion)})` };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `saved work has schemaVersion ${version}, newer than this version of Pipewright understands (${CURRENT_SCHEMA_VERSION})`,
    };
  }
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, reason: `no migration from schemaVersion ${version}` };
    record = step.migrate(record);
    applied.push(step.name);
    version = versionOf(record);
  }
  const document = record.document as Record<string, unknown> | undefined;
  const parsed = Pipeline.safeParse(document?.pipeline);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `/${issue.path.join('/')}` : '';
    return { ok: false, reason: `saved pipeline does not match the model at ${where || '/'}: ${issue?.message ?? ''}` };
  }
  const shape = document?.shape;
  const envelope = document?.envelope;
  return {
    ok: true,
    migrated: applied,
    work: {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      savedAt: typeof record.savedAt === 'string' ? record.savedAt : new Date(0).toISOString(),
      document: {
        shape: shape === 'get-pipeline' || shape === 'create-pipeline' ? shape : 'bare',
        // The validated value keeps unknown keys (schemas are loose), so nothing is lost.
        pipeline: parsed.data,
        envelope:
          typeof envelope === 'object' && envelope !== null && !Array.isArray(envelope)
            ? (envelope as Record<string, unknown>)
            : {},
      },
    },
  };
}
