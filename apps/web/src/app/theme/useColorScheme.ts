import { useSyncExternalStore } from 'react';

/*
 * The system's colour scheme (prefers-color-scheme), live: for what CSS cannot reach, such as
 * Monaco's theme. The page's own colours follow it in app/theme/dark.css.
 */

export type ColorScheme = 'light' | 'dark';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

const current = (): ColorScheme => (window.matchMedia(QUERY).matches ? 'dark' : 'light');

export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, current);
}
