import type { DiffChange } from '@pipewright/model';
import type { Selection } from '../store/index.js';
import type { CompareView } from './compare-store.js';

const ELEMENT = /^\/stages\/(\d+)(?:\/actions\/(\d+))?$/;

/**
 * What to select on the canvas for a change: its element on the new side; for a removed action,
 * the stage its ghost is drawn under (the match of its old stage); otherwise the pipeline.
 */
export function selectionFor(change: DiffChange, view?: CompareView | null): Selection {
  const m = change.newElement === undefined ? null : ELEMENT.exec(change.newElement);
  if (m)
    return m[2] === undefined
      ? { kind: 'stage', stage: Number(m[1]) }
      : { kind: 'action', stage: Number(m[1]), action: Number(m[2]) };
  const index = view?.diff.changes.indexOf(change) ?? -1;
  const ghost = view?.ghostActions.find((g) => g.change === index);
  return ghost?.stage !== undefined ? { kind: 'stage', stage: ghost.stage } : { kind: 'pipeline' };
}
