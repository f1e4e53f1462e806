import type { TextDraft } from '../store/index.js';
import { isQuotaExceeded, type KeyValueStorage, type SaveResult } from './autosave.js';

/*
 * The JSON view's unapplied draft (text that does not parse yet), saved beside the document's
 * record under `<record key>:json-draft` so a reload brings it back instead of dropping it.
 */

export const draftKey = (recordKey: string): string => `${recordKey}:json-draft`;

export function saveDraft(storage: KeyValueStorage, recordKey: string, draft: TextDraft | null): SaveResult {
  try {
    if (draft === null) {
      storage.removeItem(draftKey(recordKey));
      return { ok: true, bytes: 0 };
    }
    const text = JSON.stringify({ text: draft.text, ...(draft.error ? { error: draft.error } : {}) });
    storage.setItem(draftKey(recordKey), text);
    return { ok: true, bytes: text.length };
  } catch (error) {
    const quotaExceeded = isQuotaExceeded(error);
    return {
      ok: false,
      quotaExceeded,
      message: quotaExceeded
        ? 'Autosave failed: browser storage is full, so the JSON draft is not saved. Your work is still open; export it or free some storage.'
        : `Autosave of the JSON draft failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** The saved draft, or undefined when there is none or it cannot be read (the document itself is restored either way). */
export function loadDraft(storage: KeyValueStorage, recordKey: string): TextDraft | undefined {
  try {
    const text = storage.getItem(draftKey(recordKey));
    if (text === null) return undefined;
    const raw = JSON.parse(text) as { text?: unknown; error?: TextDraft['error'] };
    if (typeof raw.text !== 'string') return undefined;
    return raw.error ? { text: raw.text, error: raw.error } : { text: raw.text };
  } catch {
    return undefined;
  }
}
