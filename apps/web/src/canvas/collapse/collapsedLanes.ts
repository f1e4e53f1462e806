import { literal, type Pipeline } from '@pipewright/model';
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EditorStore } from '../../store/index.js';

/*
 * Which stage lanes are collapsed: a view state of the canvas, kept out of the document (and
 * so out of exports and the undo history). Lanes are known by stage name (names are unique in
 * a pipeline), so a collapsed stage stays collapsed when it is moved.
 */

export interface CollapsedLanesState {
  names: ReadonlySet<string>;
  setCollapsed(name: string, collapsed: boolean): void;
}

export function createCollapsedLanesStore(): StoreApi<CollapsedLanesState> {
  return createStore<CollapsedLanesState>()((set) => ({
    names: new Set(),
    setCollapsed: (name, collapsed) =>
      set((state) => {
        if (state.names.has(name) === collapsed) return state;
        const names = new Set(state.names);
        if (collapsed) names.add(name);
        else names.delete(name);
        return { names };
      }),
  }));
}

/** The page's one canvas shares one set. */
export const collapsedLanes = createCollapsedLanesStore();

/** The key a stage's lane is remembered by. */
export function laneKey(pipeline: Pipeline, stage: number): string {
  return literal(pipeline.stages[stage]?.name) ?? `#${stage}`;
}

/** The indices of the collapsed stages of `pipeline`; the same Set while they stay the same. */
export function useCollapsedStages(pipeline: Pipeline): ReadonlySet<number> {
  const names = useStore(collapsedLanes, (s) => s.names);
  const indices = pipeline.stages.flatMap((_, s) => (names.has(laneKey(pipeline, s)) ? [s] : []));
  const key = indices.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the indices' value, not the array's identity
  return useMemo(() => new Set(indices), [key]);
}

export function useLaneCollapsed(name: string): [boolean, (collapsed: boolean) => void] {
  const collapsed = useStore(collapsedLanes, (s) => s.names.has(name));
  return [collapsed, (next) => collapsedLanes.getState().setCollapsed(name, next)];
}

/**
 * Selecting an action of a collapsed stage (a problem clicked, a find match) expands its lane:
 * the card is what was asked for.
 */
export function useSelectionExpandsLane(store: EditorStore): void {
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const { selection } = state;
        if (selection === previous.selection || selection.kind !== 'action') return;
        collapsedLanes.getState().setCollapsed(laneKey(state.pipeline, selection.stage), false);
      }),
    [store],
  );
}
