import { useStore } from 'zustand';
import { useEditorStoreApi } from '../store/index.js';
import { compareStoreFor, type CompareState } from './compare-store.js';
import type { ElementMark } from './marks.js';

/** Reads the compare store of the editor in context. */
export function useCompare<T>(selector: (state: CompareState) => T): T {
  return useStore(compareStoreFor(useEditorStoreApi()), selector);
}

export function useCompareApi() {
  return compareStoreFor(useEditorStoreApi());
}

/** The mark of an element of the document (`/stages/1`, `/stages/1/actions/0`) in compare mode. */
export function useElementMark(pointer: string): ElementMark | undefined {
  return useCompare((s) => s.view?.marks.get(pointer));
}

/** Whether compare mode marks this artifact edge as added. */
export function useEdgeAdded(source: string, target: string, artifact: string): boolean {
  return useCompare((s) => s.view?.addedEdges.has(`${source}>${target}>${artifact}`) ?? false);
}
