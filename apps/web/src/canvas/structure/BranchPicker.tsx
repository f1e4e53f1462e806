import { useDispatch } from '../../store/index.js';
import { conditionPicks } from './describe.js';

/*
 * The branch of each `Fn::If` condition an item tests, picked for the targets that cannot hold
 * a condition (the API JSON). One `pickBranch` edit per click, so undo, autosave and the share
 * link carry it; every conditional on the same condition follows (a condition has one value).
 */

const VALUES = [
  ['then', 'true'],
  ['else', 'false'],
] as const;

export function BranchPicker({ item, compact = false }: { item: unknown; compact?: boolean }) {
  const dispatch = useDispatch();
  const picks = conditionPicks(item);
  if (picks.length === 0) return null;
  return (
    <span className={`pw-branch-picker${compact ? ' is-compact' : ''} nodrag nopan`} data-testid="branch-picker">
      {picks.map((pick) => (
        <span
          key={pick.condition}
          role="group"
          aria-label={`Branch of ${pick.condition} for the API JSON`}
          className={`pw-branch-pick${pick.absent ? ' is-absent' : ''}`}
          title={`Which branch of ${pick.condition} the API JSON export writes; every Fn::If on ${pick.condition} follows. CloudFormation keeps the whole Fn::If.`}
        >
          {!compact && <span className="pw-branch-condition">{pick.condition}</span>}
          {VALUES.map(([branch, label]) => (
            <button
              key={branch}
              type="button"
              aria-label={`${pick.condition} ${label}`}
              aria-pressed={pick.branch === branch}
              onClick={(event) => {
                event.stopPropagation();
                if (pick.branch !== branch) dispatch({ kind: 'pickBranch', condition: pick.condition, branch });
              }}
            >
              {compact ? label[0]?.toUpperCase() : label}
            </button>
          ))}
        </span>
      ))}
    </span>
  );
}
