import { literal } from '@pipewright/model';
import { copiesForPaste, pasteEdit } from '../canvas/authoring.js';
import { columnRunOrder } from '../canvas/layout.js';
import type { EditorStore } from '../store/index.js';

/*
 * Editor-wide keyboard shortcuts, all going through the store's one dispatch path:
 * Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redo, Delete removes the
 * selection, Ctrl/Cmd+C/D copy and duplicate actions (Ctrl/Cmd+V is the paste
 * event's, see panels/import/GlobalImport.tsx). Text fields and the JSON editor
 * keep their own keys.
 */

export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('.monaco-editor') !== null
  );
}

export function removeSelection(store: EditorStore): void {
  const { selection, dispatch } = store.getState();
  if (selection.kind === 'action') dispatch({ kind: 'removeAction', stage: selection.stage, action: selection.action });
  else if (selection.kind === 'stage') dispatch({ kind: 'removeStage', stage: selection.stage });
}

export function copySelection(store: EditorStore): boolean {
  const { selection, pipeline, copy, notify } = store.getState();
  if (selection.kind !== 'action') return false;
  const action = pipeline.stages[selection.stage]?.actions[selection.action];
  if (!action) return false;
  copy([action]);
  notify(`Copied ${literal(action.name) ?? 'action'}`);
  return true;
}

/** Pastes beside the selected action (in parallel), or as a new last step of the selected stage. */
export function paste(store: EditorStore): void {
  const { selection, pipeline, clipboard, dispatch } = store.getState();
  if (clipboard.length === 0 || selection.kind === 'none' || selection.kind === 'pipeline') return;
  const stage = pipeline.stages[selection.stage];
  if (!stage) return;
  const runOrder =
    selection.kind === 'action'
      ? columnRunOrder(stage.actions[selection.action]?.runOrder)
      : Math.max(0, ...stage.actions.map((a) => columnRunOrder(a.runOrder))) + 1;
  dispatch(pasteEdit(pipeline, clipboard, selection.stage, runOrder));
}

export function duplicate(store: EditorStore): void {
  const { selection, pipeline, dispatch } = store.getState();
  if (selection.kind !== 'action') return;
  const action = pipeline.stages[selection.stage]?.actions[selection.action];
  if (!action) return;
  const [copy] = copiesForPaste(pipeline, [action], columnRunOrder(action.runOrder));
  if (copy) dispatch({ kind: 'addAction', stage: selection.stage, action: copy });
}

export function handleShortcut(store: EditorStore, event: KeyboardEvent): void {
  if (event.defaultPrevented || isEditable(event.target)) return;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const state = store.getState();
  if (mod && key === 'z') {
    event.preventDefault();
    if (event.shiftKey) state.redo();
    else state.undo();
  } else if (mod && key === 'y') {
    event.preventDefault();
    state.redo();
  } else if (mod && key === 'c') {
    // Not prevented: the copy event that follows puts the action's JSON on the system clipboard too
    // (copyEvent below), so a pipeline file copied earlier is not what Ctrl/Cmd+V then reads.
    copySelection(store);
  } else if (mod && key === 'v') {
    // Nothing here: the browser's paste event follows (GlobalImport), and it decides between a
    // pipeline file's text (the import review) and the copied actions. Preventing the key would
    // swallow that event.
  } else if (mod && key === 'd') {
    event.preventDefault();
    duplicate(store);
  } else if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) {
    if (state.selection.kind === 'action' || state.selection.kind === 'stage') {
      event.preventDefault();
      removeSelection(store);
    }
  }
}

/** The browser's copy event outside text fields: the selected action's JSON, when Ctrl/Cmd+C copied one. */
export function copyEvent(store: EditorStore, event: ClipboardEvent): void {
  if (isEditable(event.target) || !event.clipboardData) return;
  const text = globalThis.getSelection?.()?.toString() ?? '';
  if (text !== '') return; // the user selected text on the page: that is what they copy
  const [action] = store.getState().clipboard;
  if (!action) return;
  event.clipboardData.setData('text/plain', JSON.stringify(action, null, 2));
  event.preventDefault();
}
