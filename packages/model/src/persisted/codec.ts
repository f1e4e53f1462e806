import { describeIssue } from '../codec/issues.js';
import { Pipeline } from '../schema/pipeline.js';
import { acceptsPipeline } from '../schema/quick-accept.js';
import { setOwn } from '../util/own.js';
import { migratePersisted, type PersistedValue } from './migrations.js';
import {
  PERSISTED_SCHEMA_VERSION,
  type PersistedDocument,
  type PersistedReadResult,
  type PersistedRecord,
} from './types.js';

/*
 * The one codec of the persisted document, for autosave and share links alike: text in, the
 * document out (migrated, checked against the schema, the values kept as read), and back.
 * Pure and framework-free; where the text is kept (browser storage, a URL fragment) is the caller's.
 */

function isRecord(value: unknown): value is PersistedValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON document of a persisted document: the bare declaration, or `{ pipeline, ...envelope }`. */
export function documentValue(document: PersistedDocument): unknown {
  if (document.shape === 'bare') return document.pipeline;
  const value: PersistedValue = { pipeline: document.pipeline };
  for (const key of Object.keys(document.envelope)) if (key !== 'pipeline') setOwn(value, key, document.envelope[key]);
  return value;
}

export function persistedRecord(document: PersistedDocument, options: { savedAt?: string } = {}): PersistedRecord {
  return {
    schemaVersion: PERSISTED_SCHEMA_VERSION,
    ...(options.savedAt !== undefined ? { savedAt: options.savedAt } : {}),
    document: documentValue(document),
  };
}

export function encodePersistedDocument(document: PersistedDocument, options: { savedAt?: string } = {}): string {
  return JSON.stringify(persistedRecord(document, options));
}

/** The shape, declaration and envelope of a JSON document value (what `detectShape` decides for text). */
function readDocumentValue(value: unknown): PersistedDocument | string {
  if (!isRecord(value)) return 'its document is not a JSON object';
  if (!Object.hasOwn(value, 'pipeline')) return { shape: 'bare', pipeline: value as Pipeline, envelope: {} };
  const envelope: PersistedValue = {};
  for (const key of Object.keys(value)) if (key !== 'pipeline') setOwn(envelope, key, value[key]);
  const shape = Object.hasOwn(value, 'metadata') ? 'get-pipeline' : 'create-pipeline';
  return { shape, pipeline: value.pipeline as Pipeline, envelope };
}

/** A parsed record of any version: migrated, then its declaration checked against the schema. */
export function readPersistedValue(raw: unknown): PersistedReadResult {
  if (!isRecord(raw)) return { ok: false, reason: 'it is not a JSON object' };
  const migration = migratePersisted(raw);
  if (!migration.ok) return migration;
  const { record, migrated } = migration;
  const document = readDocumentValue(record.document);
  if (typeof document === 'string') return { ok: false, reason: document };
  // acceptsPipeline says yes without allocating (a 2,500-action share link); zod says why not.
  const checked = acceptsPipeline(document.pipeline) ? undefined : Pipeline.safeParse(document.pipeline);
  if (checked && !checked.success) {
    const issue = checked.error.issues[0];
    const report = issue ? describeIssue(issue, document.pipeline) : undefined;
    return { ok: false, reason: `its pipeline does not match the model: ${report?.message ?? 'not a declaration'}` };
  }
  // The value as read, not zod's copy: zod rebuilds objects by assignment and drops keys such as `__proto__`.
  return {
    ok: true,
    document,
    migrated,
    ...(typeof record.savedAt === 'string' ? { savedAt: record.savedAt } : {}),
  };
}

/** Persisted text of any version; never throws, and says what is wrong. */
export function decodePersistedDocument(text: string): PersistedReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  return readPersistedValue(raw);
}
