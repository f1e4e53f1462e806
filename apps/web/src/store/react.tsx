import type { Action, PipelineEdit, Pipeline, Stage } from '@pipewright/model';
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Diagnostic } from './modelApi.js';
import type { EditorState, EditorStore } from './editorStore.js';
import type { Selection } from './selection.js';

/*
 * React access to an editor store: one store per <EditorStoreProvider>, read
 * through narrow selectors so a component re-renders only when its slice changes.
 */

const EditorStoreContext = createContext<EditorStore | null>(null);

export function EditorStoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

/** The store itself, for event handlers that read state imperatively (`getState()`). */
export function useEditorStoreApi(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStore: no <EditorStoreProvider> above this component');
  return store;
}

export function useEditorStore<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStoreApi(), selector);
}

export const usePipeline = (): Pipeline => useEditorStore((s) => s.pipeline);
export const useStage = (stage: number): Stage | undefined => useEditorStore((s) => s.pipeline.stages[stage]);
export const useAction = (stage: number, action: number): Action | undefined =>
  useEditorStore((s) => s.pipeline.stages[stage]?.actions[action]);

/** Every diagnostic at or below a JSON pointer (`''` for all). Stable while unchanged. */
export const useDiagnosticsAt = (pointer: string): readonly Diagnostic[] =>
  useEditorStore((s) => s.diagnosticsIndex.at(pointer));

export const useDispatch = (): ((edit: PipelineEdit) => boolean) => useEditorStore((s) => s.dispatch);
export const useSelection = (): Selection => useEditorStore((s) => s.selection);

export function useIsActionSelected(stage: number, action: number): boolean {
  return useEditorStore(
    (s) => s.selection.kind === 'action' && s.selection.stage === stage && s.selection.action === action,
  );
}

export function useHistory(): { canUndo: boolean; canRedo: boolean; undo(): void; redo(): void } {
  const store = useEditorStoreApi();
  const canUndo = useStore(store.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (t) => t.futureStates.length > 0);
  const { undo, redo } = store.getState();
  return { canUndo, canRedo, undo, redo };
}
