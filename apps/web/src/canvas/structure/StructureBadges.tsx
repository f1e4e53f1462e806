import { memo } from 'react';
import { useAction, usePipeline, useStage } from '../../store/index.js';
import { BranchPicker } from './BranchPicker.js';
import { repeatNote, structureNote } from './describe.js';
import './structure.css';

/*
 * Badges for structure the source decides: a conditional or dynamic action card, a lane whose
 * stage is conditional or a dynamic template, and a banner when the Terraform resource itself
 * repeats, each with the branch picker of its conditions (BranchPicker.tsx). Each reads only
 * its own item, so other nodes do not re-render.
 */

function ActionStructureView({ stage, action }: { stage: number; action: number }) {
  const item = useAction(stage, action);
  const note = item ? structureNote(item, 'action') : undefined;
  if (!note) return null;
  return (
    <span className="pw-structure pw-structure-action nodrag" data-testid="structure-badge">
      <span className="pw-structure-badge" title={note.lines.join('\n')}>
        {note.badge}
      </span>
      <BranchPicker item={item} compact />
      <span className="pw-structure-branches" data-testid="structure-branches">
        {note.lines.join(' · ')}
      </span>
    </span>
  );
}
export const ActionStructure = memo(ActionStructureView);

function StageStructureView({ stage }: { stage: number }) {
  const item = useStage(stage);
  const note = item ? structureNote(item, 'stage') : undefined;
  if (!note) return null;
  return (
    <span className="pw-structure pw-structure-stage" data-testid="structure-badge">
      <span className="pw-structure-badge">{note.badge}</span>
      <BranchPicker item={item} />
      <span className="pw-structure-branches" data-testid="structure-branches">
        {note.lines.join(' · ')}
      </span>
    </span>
  );
}
export const StageStructure = memo(StageStructureView);

/** Above the canvas when the whole resource repeats (`count`/`for_each`). */
export function RepeatBanner() {
  const note = repeatNote(usePipeline());
  if (!note) return null;
  return (
    <div className="pw-structure-banner" role="note" data-testid="repeat-banner">
      {note}
    </div>
  );
}
