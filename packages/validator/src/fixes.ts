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
