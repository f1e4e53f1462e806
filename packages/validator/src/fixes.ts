import type { ActionEntry } from './pipeline-index.js';
import type { Fix } from './types.js';
import { at } from './values.js';

/** Sets one configuration key of an action, replacing the whole map so a missing map is created too. */
export function setConfigKey(action: ActionEntry, key: string, value: string, title: string): Fix {
  return {
    title,
    edit: {
      kind: 'setField',
      path: at(action.path, 'configuration'),
      value: { ...action.configuration, [key]: value },
    },
  };
}

/** `base` when it is free, else the first free `base-2`, `base-3`... */
export function uniqueName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}-${i}`;
    if (!taken(candidate)) return candidate;
  }
}
