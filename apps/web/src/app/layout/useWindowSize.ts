import { useSyncExternalStore } from 'react';

/*
 * The window's inner size, re-rendering on resize. The snapshot is a string so an unchanged
 * size is the same value (useSyncExternalStore compares with Object.is).
 */

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const snapshot = () => `${window.innerWidth}x${window.innerHeight}`;

export function useWindowSize(): { width: number; height: number } {
  const [width = 0, height = 0] = useSyncExternalStore(subscribe, snapshot).split('x').map(Number);
  return { width, height };
}
