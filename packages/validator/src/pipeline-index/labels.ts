import { displayValue, isOpaque } from '@pipewright/model';
import type { ActionEntry } from './entries.js';

/** "Action 'Build' in stage 'CI'", for messages; built only when a rule reports. */
export function actionLabel(action: ActionEntry): string {
  const name =
    action.name === undefined && isOpaque(action.raw.name) ? displayValue(action.raw.name) : quote(action.name);
  return `Action ${name} in stage ${quote(action.stageName)}`;
}

function quote(name: string | undefined): string {
  return name === undefined ? '(unnamed)' : `'${name}'`;
}
