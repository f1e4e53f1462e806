import type { Pipeline } from '@pipewright/model';
import { originalJsonDocument } from '../panels/json/original-document.js';
import type { EditorStore } from '../store/index.js';

/*
 * Earlier versions of the document the compare dialog offers without a file:
 * the document as imported, and the states the undo history (which autosave
 * saved along the way) still holds, back to the start of the session.
 */

export interface EarlierVersion {
  id: string;
  label: string;
  pipeline: Pipeline;
}

const MAX_STEPS = 12;

export function earlierVersions(editor: EditorStore): EarlierVersion[] {
  const { pipeline, source } = editor.getState();
  const past = editor.temporal.getState().pastStates; // zundo keeps them as partial snapshots
  const found: EarlierVersion[] = [];
  if (source.kind === 'import') {
    // A JSON import keeps its parsed file; otherwise the history still has the state the import made.
    const original = originalJsonDocument(source)?.pipeline as Pipeline | undefined;
    const imported =
      original ?? past.find((s) => s.source === source)?.pipeline ?? (past.length === 0 ? pipeline : undefined);
    if (imported)
      found.push({
        id: 'imported',
        label: `As imported${source.fileName ? ` (${source.fileName})` : ''}`,
        pipeline: imported,
      });
  }
  const first = past[0];
  if (first?.pipeline && first.pipeline !== pipeline)
    found.push({ id: 'session-start', label: 'At the start of this session', pipeline: first.pipeline });
  for (let back = 1; back <= Math.min(MAX_STEPS, past.length); back++) {
    const state = past[past.length - back];
    if (state?.pipeline)
      found.push({ id: `step-${back}`, label: `${back} edit${back === 1 ? '' : 's'} ago`, pipeline: state.pipeline });
  }
  return found;
}
