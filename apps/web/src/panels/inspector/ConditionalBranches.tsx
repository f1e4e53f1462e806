import { BranchPicker } from '../../canvas/structure/BranchPicker.js';
import { conditionPicks } from '../../canvas/structure/describe.js';

/**
 * The inspector's place for the `Fn::If` conditions of the selected stage or action: the same
 * true/false switch as its canvas badge (one `pickBranch` edit per click).
 */
export function ConditionalBranches({ item }: { item: unknown }) {
  if (conditionPicks(item).length === 0) return null;
  return (
    <fieldset className="pw-fieldset" data-testid="inspector-branches">
      <legend>Fn::If branch for the API JSON</legend>
      <BranchPicker item={item} />
    </fieldset>
  );
}
