import { diffPipelines, type Pipeline, type PipelineDiff } from '@pipewright/model';
import {
  edgeChanges,
  elementMarks,
  ghosts,
  type ArtifactLink,
  type ElementMark,
  type GhostAction,
  type GhostStage,
} from './marks.js';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EditorStore } from '../store/index.js';

/*
 * Compare mode, React-free: the other version (the old side), the diff of it
 * against the editor's document (the new side, re-computed on every document
 * change) and the change the user picked. One per editor store. Nothing here
 * writes to the document: reverting a change goes through the editor's
 * dispatch like any other edit.
 */

export interface CompareBase {
  pipeline: Pipeline;
  /** What the other version is, for the user: "as imported", "pasted text", a file name. */
  label: string;
}

/** The diff and what the canvas marks, derived together whenever either side changes. */
export interface CompareView {
  diff: PipelineDiff;
  marks: Map<string, ElementMark>;
  addedEdges: Set<string>;
  removedEdges: ArtifactLink[];
  ghostActions: GhostAction[];
  ghostStages: GhostStage[];
}

export function compareView(base: Pipeline, current: Pipeline): CompareView {
  const diff = diffPipelines(base, current);
  const edges = edgeChanges(base, current, diff);
  const gone = ghosts(base, diff);
  return {
    diff,
    marks: elementMarks(diff),
    addedEdges: edges.added,
    removedEdges: edges.removed,
    ghostActions: gone.actions,
    ghostStages: gone.stages,
  };
}

export interface CompareState {
  base: CompareBase | null;
  view: CompareView | null;
  /** Index into `diff.changes` of the change the user picked in the list. */
  selectedChange: number | null;
  dialogOpen: boolean;
  start(base: CompareBase): void;
  leave(): void;
  selectChange(index: number | null): void;
  openDialog(open: boolean): void;
}

export type CompareStore = StoreApi<CompareState>;

export function createCompareStore(editor: EditorStore): CompareStore {
  const store = createStore<CompareState>()((set) => ({
    base: null,
    view: null,
    selectedChange: null,
    dialogOpen: false,
    start(base) {
      set({
        base,
        view: compareView(base.pipeline, editor.getState().pipeline),
        selectedChange: null,
        dialogOpen: false,
      });
    },
    leave() {
      set({ base: null, view: null, selectedChange: null });
    },
    selectChange(index) {
      set({ selectedChange: index });
    },
    openDialog(open) {
      set({ dialogOpen: open });
    },
  }));
  // The document is the new side: every edit (a revert included) re-computes the diff.
  editor.subscribe((state, previous) => {
    const { base } = store.getState();
    if (!base || state.pipeline === previous.pipeline) return;
    store.setState({ view: compareView(base.pipeline, state.pipeline), selectedChange: null });
  });
  return store;
}

const stores = new WeakMap<EditorStore, CompareStore>();

/** The compare store of an editor store (made on first use). */
export function compareStoreFor(editor: EditorStore): CompareStore {
  let found = stores.get(editor);
  if (!found) {
    found = createCompareStore(editor);
    stores.set(editor, found);
  }
  return found;
}
