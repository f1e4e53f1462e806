import {
  documentValue,
  literal,
  parsePipelineJson,
  type PersistedDocument,
  type Pipeline,
  type PipelineJsonDocument,
} from '@pipewright/model';
import type { DocumentSource, EditorInit, EditorStore } from '../store/index.js';
import {
  AUTOSAVE_KEY,
  BEFORE_SHARE_KEY,
  keepUnreadable,
  loadWork,
  saveWork,
  type KeyValueStorage,
} from './autosave.js';
import { loadDraft, saveDraft } from './draft.js';
import type { SavedWork } from './format.js';
import { decodeShareFragment } from './share-link.js';

/*
 * The browser session around the editor store: restore the autosaved work at
 * start, autosave every document change, and open a share link on top of the
 * restored work as one undoable step (the work it replaces is one Undo away
 * and also copied aside in storage, never silently overwritten).
 */

function isJsonDocument(value: unknown): value is PipelineJsonDocument {
  return typeof value === 'object' && value !== null && typeof (value as PipelineJsonDocument).text === 'string';
}

/** The persisted document of the store's document: a JSON file's shape and envelope are kept. */
export function documentOf(state: { pipeline: Pipeline; source: DocumentSource }): PersistedDocument {
  const original = isJsonDocument(state.source.original) ? state.source.original : undefined;
  return {
    shape: original?.shape ?? 'bare',
    pipeline: state.pipeline,
    envelope: original?.envelope ?? {},
  };
}

/** The saved record of the store's document, saved now. */
export function workOf(state: { pipeline: Pipeline; source: DocumentSource }): SavedWork {
  return { savedAt: new Date().toISOString(), document: documentOf(state) };
}

/**
 * The source of a document opened from storage or a link; a wrapped file gets its JSON original
 * back, so the JSON view shows its shape (get-pipeline metadata...) again.
 */
export function openedSource(document: PersistedDocument, kind: 'import' | 'share' = 'import'): DocumentSource {
  const base: DocumentSource = kind === 'share' ? { kind } : { kind, format: 'json' };
  if (document.shape === 'bare') return base;
  const parsed = parsePipelineJson(JSON.stringify(documentValue(document), null, 2));
  return parsed.ok ? { ...base, original: parsed.document } : base;
}

export interface RestoredSession {
  init: EditorInit;
  /** Why the saved work could not be restored, for the user. */
  warning?: string;
}

export function restoreSession(storage: KeyValueStorage | undefined, key = AUTOSAVE_KEY): RestoredSession {
  const restored = storage ? loadWork(storage, key) : null;
  const jsonDraft = storage ? loadDraft(storage, key) : undefined;
  const draft = jsonDraft ? { jsonDraft } : {};
  if (!restored) return { init: draft };
  if (!restored.ok) {
    // Never lose it: the editor starts blank, and its first autosave would write over the record.
    const kept = storage ? keepUnreadable(storage, key) : '';
    return { init: draft, warning: `Could not restore your saved work: ${restored.reason}. ${kept}`.trim() };
  }
  const { document } = restored.work;
  return { init: { pipeline: document.pipeline, source: openedSource(document), ...draft } };
}

export interface AutosaveOptions {
  /**
   * Runs a save later, off the edit's path: serialising 2,500 actions on every
   * keystroke would delay the underline. Changes made meanwhile join that one
   * save. Without it, every change is saved at once.
   */
  schedule?: (task: () => void) => void;
  /**
   * The key to save under (persistence/tabs.ts: the main record or this tab's own); undefined
   * while that is not known yet, and the save waits for the next change or `saveNow`.
   */
  key?: () => string | undefined;
}

/**
 * Saves every document change, and the JSON view's unapplied draft beside it; a failure (full
 * storage) is reported through `report`, never ignored. Returns a function that saves a pending
 * change now (the page calls it when it is hidden or closed, and when the tab learns its key).
 */
export function autosave(
  store: EditorStore,
  storage: KeyValueStorage,
  report: (message: string) => void,
  { schedule, key = () => AUTOSAVE_KEY }: AutosaveOptions = {},
): () => void {
  let lastFailed = false;
  let pending = false;
  const save = () => {
    const target = key();
    if (!pending || target === undefined) return;
    pending = false;
    const state = store.getState();
    const result = saveWork(storage, workOf(state), target);
    const draft = result.ok ? saveDraft(storage, target, state.jsonDraft) : result;
    if (!draft.ok) report(draft.message);
    else if (lastFailed) report('Autosave works again: your pipeline is saved in this browser.');
    lastFailed = !draft.ok;
  };
  store.subscribe((state, previous) => {
    if (
      state.pipeline === previous.pipeline &&
      state.source === previous.source &&
      state.jsonDraft === previous.jsonDraft
    )
      return;
    const scheduled = pending;
    pending = true;
    if (!schedule) save();
    else if (!scheduled) schedule(save);
  });
  return save;
}

export interface ShareOpening {
  /** What to tell the user, when the fragment was a share link. */
  message?: string;
}

/**
 * Opens the share link in `hash` (if any) over the store's current document as
 * one undoable step, copying the autosaved work aside first. Returns what to
 * tell the user; the caller removes the fragment so a reload does not re-open it.
 */
export async function openShareLink(
  store: EditorStore,
  hash: string,
  storage: KeyValueStorage | undefined,
): Promise<ShareOpening> {
  const shared = await decodeShareFragment(hash);
  if (!shared) return {};
  if (!shared.ok) return { message: `Could not open the shared pipeline: ${shared.reason}` };
  const before = store.getState();
  const hadWork = before.source.kind !== 'blank' || before.pipeline.stages.length > 0;
  if (hadWork && storage) {
    try {
      const saved = storage.getItem(AUTOSAVE_KEY);
      if (saved !== null) storage.setItem(BEFORE_SHARE_KEY, saved);
    } catch {
      // The work is still in the undo history; the notice below says so.
    }
  }
  const { pipeline } = shared.document;
  if (!before.replacePipeline(pipeline, openedSource(shared.document, 'share'))) {
    return {
      message: `Could not open the shared pipeline: ${store.getState().editError?.message ?? 'it was refused'}`,
    };
  }
  const name = literal(pipeline.name) ?? 'pipeline';
  return {
    message: hadWork
      ? `Opened the shared pipeline "${name}". Your previous work is one Undo away.`
      : `Opened the shared pipeline "${name}".`,
  };
}
