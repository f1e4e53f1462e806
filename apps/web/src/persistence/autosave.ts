import { migrateSavedWork, type LoadResult } from './migrations.js';
import type { SavedWork } from './format.js';

/*
 * Autosave in localStorage. Writing can fail (a full quota, storage disabled in
 * private mode): the failure is returned as a value for the UI to report, never
 * swallowed.
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
  const text = JSON.stringify(work);
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
      reason: `browser storage cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      reason: `saved work is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const result: LoadResult = migrateSavedWork(raw);
  return result;
}
