import type { Action, Pipeline, PipelineEdit } from '@pipewright/model';
import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { committing } from './commit.js';
import { NO_DIAGNOSTICS, buildDiagnosticsIndex, type DiagnosticsIndex } from './diagnosticsIndex.js';
import { applyEdit, validateChange, type Diagnostic, type Validation } from './modelApi.js';
import { NO_SELECTION, selectionAfterEdit, selectionExists, type Selection } from './selection.js';

/*
 * The editor's state, React-free. Four slices:
 * - document: the pipeline declaration (single source of truth) and where it came
 *   from; changed only through `dispatch(edit)` (and undo/redo of those edits).
 * - diagnostics: derived from the document by `validate`, re-computed on every change.
 * - selection: what is selected, and which field the inspector should focus.
 * - view: open panel and dialog, the JSON view's unapplied draft, transient notices, the clipboard.
 * Undo history (zundo) covers the document slice only.
 *
 * One commit path (commit.ts): an edit, an undo or a redo writes the document, its revision,
 * the selection and the diagnostics in one `set`, so each change notifies subscribers once.
 */

/** Where the document came from, so it can be printed back in its own format. */
export interface DocumentSource {
  kind: 'blank' | 'template' | 'import' | 'bench' | 'share';
  /** Import format, when imported. */
  format?: 'json' | 'cloudformation' | 'terraform';
  fileName?: string;
  /** The parsed original (a model `PipelineJsonDocument` for JSON imports), for faithful printing back. */
  original?: unknown;
  /** Template id, CloudFormation logical id or Terraform label. */
  id?: string;
  /** Parts of unknown content the import could not represent (validator option `incomplete`). */
  incomplete?: string[];
  /** The pipeline Region the import stated (Terraform's resource `region`): validator option `region`. */
  region?: string;
}

/** How an edit is committed. */
export interface EditOptions {
  /**
   * Where the document now comes from, when the edit opens another document (a `replacePipeline`
   * from an import, a template, a share link, a closed tab's work). It clears the selection, and a
   * large new document is validated after it is drawn. Without it (the JSON view's replacement,
   * every other edit) the document keeps its source.
   */
  source?: DocumentSource;
}

export interface DocumentSlice {
  pipeline: Pipeline;
  source: DocumentSource;
  /** Bumped on every document change (edits, undo, redo): cheap change detection for views. */
  revision: number;
  /** The last refused edit, shown to the user until cleared. */
  editError: { message: string; edit: PipelineEdit['kind']; serial: number } | null;
  /** Applies one edit (`applyEdit`); returns false (and sets `editError`) when the model refuses it. */
  dispatch(edit: PipelineEdit, options?: EditOptions): boolean;
  /** Opens another document (imports, templates, share links): `dispatch` of a `replacePipeline` edit with its source, one undoable step. */
  replacePipeline(pipeline: Pipeline, source: DocumentSource): boolean;
  clearEditError(): void;
  /**
   * Runs `edits` (dispatches) so that their changes join the previous undo step when that step
   * was made under the same key and the document has not changed since: a text field commits
   * every keystroke (validated at once) yet one typed word stays one undo step.
   */
  coalesce(key: string, edits: () => void): void;
  undo(): void;
  redo(): void;
}

export interface DiagnosticsSlice {
  /** The diagnostics of the current document; empty while `diagnosticsPending`. */
  diagnostics: readonly Diagnostic[];
  diagnosticsIndex: DiagnosticsIndex;
  /** True while a large new document's validation is scheduled but has not run yet. */
  diagnosticsPending: boolean;
  /**
   * The validation `diagnostics` came from: the next change re-validates only what it touched
   * against it (the validator's `validateChange`). Null while pending.
   */
  validation: Validation | null;
}

export interface SelectionSlice {
  selection: Selection;
  /** A JSON pointer the inspector should focus (e.g. from a problem or a canvas underline). */
  focusField: string | undefined;
  select(selection: Selection, focusField?: string): void;
}

export type DockPanel = 'problems' | 'json' | 'changes'; // 'changes' only in compare mode (src/compare)
export type DialogId = 'import' | 'export' | 'template' | 'share';

/**
 * Text typed in the JSON view that the document has not taken (it does not parse, or its
 * commit is still pending). Kept, and autosaved, until it parses or the user discards it.
 */
export interface TextDraft {
  text: string;
  /** Why it is not applied; absent while the text only waits for its commit. */
  error?: { message: string; line: number; column: number };
}

export interface ViewSlice {
  dockPanel: DockPanel | null;
  /** The JSON view's draft, when its text is ahead of the document. */
  jsonDraft: TextDraft | null;
  setJsonDraft(draft: TextDraft | null): void;
  dialog: DialogId | null;
  /** A short message anchored on the canvas (e.g. why a connection was refused). */
  canvasNotice: { message: string; serial: number } | null;
  clipboard: readonly Action[];
  openDock(panel: DockPanel | null): void;
  openDialog(dialog: DialogId | null): void;
  notify(message: string | null): void;
  copy(actions: readonly Action[]): void;
}

export type EditorState = DocumentSlice & DiagnosticsSlice & SelectionSlice & ViewSlice;

/** The part of the state undo/redo restores. */
type DocumentSnapshot = Pick<EditorState, 'pipeline' | 'source'>;

/** zundo's recorder of an undo step, as it is called at run time. */
type RecordStep = (past: DocumentSnapshot, replace: unknown, current: DocumentSnapshot, delta: unknown) => void;

export type EditorStore = StoreApi<EditorState> & { temporal: StoreApi<TemporalState<DocumentSnapshot>> };

export const HISTORY_LIMIT = 200;

export const BLANK_PIPELINE: Pipeline = {
  name: 'my-pipeline',
  roleArn: '',
  pipelineType: 'V2',
  executionMode: 'QUEUED',
  stages: [],
};

export interface EditorInit {
  pipeline?: Pipeline;
  source?: DocumentSource;
  selection?: Selection;
  /** A JSON draft restored from the last session. */
  jsonDraft?: TextDraft;
}

export interface EditorOptions {
  /**
   * A new document (the first one, an import, a template) with more actions than
   * this is validated after it is drawn: validating 2,500 actions for the first
   * time takes hundreds of milliseconds. Edits, undo and redo re-validate
   * synchronously whatever the size (tens of milliseconds once warm), so an
   * underline follows its keystroke without waiting for another frame.
   */
  syncValidationLimit?: number;
  /** Runs deferred work; tests pass their own to step it by hand. */
  schedule?: (task: () => void) => void;
}

export const SYNC_VALIDATION_LIMIT = 400;

const actionCount = (pipeline: Pipeline): number => pipeline.stages.reduce((n, s) => n + s.actions.length, 0);

let serial = 0;

function validateOptions(source: DocumentSource | undefined) {
  return {
    ...(source?.incomplete ? { incomplete: source.incomplete } : {}),
    ...(source?.region ? { region: source.region } : {}),
  };
}

type DiagnosticsState = Pick<EditorState, 'diagnostics' | 'diagnosticsIndex' | 'diagnosticsPending' | 'validation'>;

/** The diagnostics of `pipeline`, re-validating only what changed since `before` (the state it replaces). */
function diagnosticsOf(pipeline: Pipeline, source: DocumentSource, before?: DiagnosticsState): DiagnosticsState {
  const validation = validateChange(before?.validation ?? undefined, pipeline, validateOptions(source));
  const diagnostics = validation.diagnostics;
  return {
    diagnostics,
    diagnosticsIndex: buildDiagnosticsIndex(diagnostics, before?.diagnosticsIndex),
    diagnosticsPending: false,
    validation,
  };
}

const PENDING_DIAGNOSTICS: DiagnosticsState = {
  diagnostics: NO_DIAGNOSTICS,
  diagnosticsIndex: buildDiagnosticsIndex(NO_DIAGNOSTICS),
  diagnosticsPending: true,
  validation: null,
};

export function createEditorStore(init: EditorInit = {}, options: EditorOptions = {}): EditorStore {
  const pipeline = init.pipeline ?? BLANK_PIPELINE;
  const source = init.source ?? { kind: 'blank' };
  const syncLimit = options.syncValidationLimit ?? SYNC_VALIDATION_LIMIT;
  const schedule = options.schedule ?? ((task: () => void) => void setTimeout(task, 0));
  /** The coalescing key of the edits being dispatched now (see `coalesce`). */
  let activeKey: string | undefined;
  /** The key of the last undo step and the document it left, while edits may still join it. */
  let lastKeyed: { key: string; pipeline: Pipeline } | undefined;

  // A large new document is drawn first and validated when `schedule` runs (several coalesce into one).
  let validationScheduled = false;
  const validateLater = () => {
    if (validationScheduled) return;
    validationScheduled = true;
    schedule(() => {
      validationScheduled = false;
      const state = store.getState();
      if (state.diagnosticsPending) store.setState(diagnosticsOf(state.pipeline, state.source));
    });
  };

  /**
   * What a document change implies, written in the same set as the change: a new revision, the
   * selection (cleared when it no longer exists) and the diagnostics. Undo and redo come through
   * here too (zundo writes the restored document with the `set` it was given).
   */
  const completeChange = (before: EditorState, patch: Partial<EditorState>): Partial<EditorState> => {
    const next = { pipeline: patch.pipeline ?? before.pipeline, source: patch.source ?? before.source };
    if (next.pipeline === before.pipeline && next.source === before.source) return {};
    const selection = patch.selection ?? before.selection;
    // Another source is another document (an import, or undo back across one): it may be large and unvalidated.
    const deferred = next.source !== before.source && actionCount(next.pipeline) > syncLimit;
    if (deferred) validateLater();
    return {
      revision: before.revision + 1,
      selection: selectionExists(next.pipeline, selection) ? selection : NO_SELECTION,
      ...(deferred ? PENDING_DIAGNOSTICS : diagnosticsOf(next.pipeline, next.source, before)),
    };
  };

  const validateNow = actionCount(pipeline) <= syncLimit;
  const initialDiagnostics = validateNow ? diagnosticsOf(pipeline, source) : PENDING_DIAGNOSTICS;

  const store = createStore<EditorState>()(
    committing(
      completeChange,
      temporal<EditorState, [], [], DocumentSnapshot>(
        (set, get) => ({
          // document
          pipeline,
          source,
          revision: 0,
          editError: null,
          dispatch(edit, { source: nextSource } = {}) {
            const before = get();
            const result = applyEdit(before.pipeline, edit);
            if (!result.ok) {
              set({ editError: { message: result.reason, edit: edit.kind, serial: ++serial } });
              return false;
            }
            set({
              pipeline: result.pipeline,
              editError: null,
              ...(nextSource
                ? { source: nextSource, selection: NO_SELECTION, focusField: undefined }
                : { selection: selectionAfterEdit(before.selection, edit, before.pipeline, result.pipeline) }),
            });
            return true;
          },
          replacePipeline: (next, nextSource) =>
            get().dispatch({ kind: 'replacePipeline', pipeline: next }, { source: nextSource }),
          clearEditError: () => set({ editError: null }),
          coalesce(key, edits) {
            const outer = activeKey;
            activeKey = key;
            try {
              edits();
            } finally {
              activeKey = outer;
            }
          },
          undo: () => store.temporal.getState().undo(),
          redo: () => store.temporal.getState().redo(),

          // diagnostics
          ...initialDiagnostics,

          // selection
          selection: init.selection ?? NO_SELECTION,
          focusField: undefined,
          select: (selection, focusField) => set({ selection, focusField }),

          // view
          dockPanel: init.jsonDraft ? 'json' : 'problems',
          jsonDraft: init.jsonDraft ?? null,
          // Clearing an absent draft is no change: the JSON view clears it before each commit, and
          // a notification for nothing would make one edit notify twice.
          setJsonDraft: (jsonDraft) => {
            if (get().jsonDraft !== jsonDraft) set({ jsonDraft });
          },
          dialog: null,
          canvasNotice: null,
          clipboard: [],
          openDock: (dockPanel) => set({ dockPanel }),
          openDialog: (dialog) => set({ dialog }),
          notify: (message) => set({ canvasNotice: message === null ? null : { message, serial: ++serial } }),
          copy: (clipboard) => set({ clipboard }),
        }),
        {
          limit: HISTORY_LIMIT,
          partialize: (state): DocumentSnapshot => ({ pipeline: state.pipeline, source: state.source }),
          // Only document changes make history: selection and view changes do not.
          equality: (past, current) => past.pipeline === current.pipeline && past.source === current.source,
          // zundo types handleSet's argument as setState; at run time it is its own recorder.
          handleSet: (recordStep) => (past, replace, current, delta) => {
            const before = past as DocumentSnapshot;
            const joins =
              activeKey !== undefined &&
              lastKeyed?.key === activeKey &&
              lastKeyed.pipeline === before.pipeline &&
              current.source === before.source;
            lastKeyed = activeKey === undefined ? undefined : { key: activeKey, pipeline: current.pipeline };
            // Joining: the step already recorded (the document before the first keystroke) stays the undo target.
            if (!joins) (recordStep as unknown as RecordStep)(before, replace, current, delta);
          },
        },
      ),
    ),
  );
  if (!validateNow) validateLater();

  return store as EditorStore;
}
