import { useEffect } from 'react';

/** Tells the benchmark the first nodes are on screen: `document.body.dataset.drawn = '1'`, once. */
export function useSignalDrawn(nodeCount: number): void {
  useEffect(() => {
    if (nodeCount === 0 || document.body.dataset.drawn) return;
    const frame = requestAnimationFrame(() => {
      if (document.querySelector('.react-flow__node')) document.body.dataset.drawn = '1';
    });
    return () => cancelAnimationFrame(frame);
  }, [nodeCount]);
}
