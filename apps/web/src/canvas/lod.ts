import { useStore } from '@xyflow/react';

/** Below this zoom the canvas draws a lighter level of detail (no provider line, no edge labels). */
export const DETAIL_ZOOM = 0.4;

/** True when the canvas is zoomed in enough for full detail; re-renders only when that flips. */
export function useDetailed(): boolean {
  return useStore((s) => s.transform[2] >= DETAIL_ZOOM);
}
