import { decodePersistedDocument, encodePersistedDocument } from '@pipewright/model';
import type { SavedWork } from './format.js';

/*
 * Autosave in localStorage, through the persisted-document codec of @pipewright/model. Writing
 * can fail (a full quota, storage disabled in private mode): the failure is returned as a value
 * for the UI to report, never swallowed. A record that cannot be read is kept aside, never
 * overwritten by the next save.
 */

export const AUTOSAVE_KEY = 'pipewright:autosave';
/** Where the autosaved work is copied before a share link replaces the document. */
export const BEFORE_SHARE_KEY = 'pipewright:autosave:before-share';

/** The subset of the Web Storage API the autosave needs (tests pass a fake). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type SaveResult = { ok: true; bytes: number } | { ok: false; quotaExceeded: boolean; message: string };

export function isQuotaExceeded(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    return false;
  }
  const e = error as { name?: string; code?: number };
  // 22 (most browsers) and 1014 (old Firefox) are the legacy quota codes.
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

export function saveWork(storage: KeyValueStorage, work: SavedWork, key = AUTOSAVE_KEY): SaveResult {
  const text = encodePersistedDocument(work.document, { savedAt: work.savedAt });
  try {
    storage.setItem(key, text);
    return { ok: true, bytes: text.length };
  } catch (error) {
    const quotaExceeded = isQuotaExceeded(error);
    const sizeKb = Math.ceil(text.length / 1024);
    return {
      ok: false,
      quotaExceeded,
      message: quotaExceeded
        ? `Autosave failed: browser storage is full (the pipeline needs ${sizeKb} KB). Your work is still open; export it or free some storage.`
        : `Autosave failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

export type RestoreResult = { ok: true; work: SavedWork; migrated: string[] } | { ok: false; reason: string } | null;

/** The saved work, migrated to the current format; null when nothing is saved. */
export function loadWork(storage: KeyValueStorage, key = AUTOSAVE_KEY): RestoreResult {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch (error) {
    return {
      ok: false,
      reason: `browser storage cannot be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  if (text === null) return null;
  const read = decodePersistedDocument(text);
  if (!read.ok) return read;
  // Records older than schemaVersion 2 have no save time.
  return {
    ok: true,
    migrated: read.migrated,
    work: { savedAt: read.savedAt ?? new Date(0).toISOString(), document: read.document },
  };
}

/** Where the `n`th record that could not be read is copied, so the next save does not destroy it. */
export const unreadableKey = (recordKey: string, n = 1): string =>
  n === 1 ? `${recordKey}:unreadable` : `${recordKey}:unreadable:${n}`;

/** A bound on the copies kept of unreadable records under one key. */
const MAX_UNREADABLE_COPIES = 20;

/**
 * Copies the record under `key` aside (to the first free `unreadableKey(key, n)`, or where the same
 * text already is); returns where, or why it could not be copied, to tell the user.
 */
export function keepUnreadable(storage: KeyValueStorage, key: string): string {
  try {
    const text = storage.getItem(key);
    if (text === null) return '';
    for (let n = 1; n <= MAX_UNREADABLE_COPIES; n++) {
      const aside = unreadableKey(key, n);
      const there = storage.getItem(aside);
      if (there === text) return `It is kept as it was in browser storage under "${aside}".`;
      if (there === null) {
        storage.setItem(aside, text);
        return `It is kept as it was in browser storage under "${aside}".`;
      }
    }
    return `It could not be copied aside (${MAX_UNREADABLE_COPIES} unreadable copies are kept already) and your next change replaces it.`;
  } catch (error) {
    return `It could not be copied aside (${error instanceof Error ? error.message : String(error)}) and your next change replaces it.`;
  }
}
