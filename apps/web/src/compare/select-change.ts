import type { DiffChange } from '@pipewright/model';
import type { Selection } from '../store/index.js';

/** What to select on the canvas for a change: its element on the new side, or the stage a ghost sits in. */
export function selectionFor(change: DiffChange): Selection {
  const element = change.newElement;
  const m = element === undefined ? null : /^\/stages\/(\d+)(?:\/actions\/(\d+))?$/.exec(element);
  if (!m) return { kind: 'pipeline' };
  return m[2] === undefined
    ? { kind: 'stage', stage: Number(m[1]) }
    : { kind: 'action', stage: Number(m[1]), action: Number(m[2]) };
}
