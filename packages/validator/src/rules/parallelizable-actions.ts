import type { ActionEntry } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

/** True when `producer` is in the consumer's stage and runs in an earlier run-order group. */
function earlierInStage(producer: ActionEntry, consumer: ActionEntry): boolean {
  return (
    producer.stageIndex === consumer.stageIndex &&
    producer.runOrder !== undefined &&
    producer.runOrder < consumer.runOrder!
  );
}

/** True when the action uses an artifact or a variable namespace that an earlier group of its stage produces. */
function dependsOnEarlier(action: ActionEntry): boolean {
  for (const input of action.inputs)
    if (input.producers) for (const p of input.producers) if (earlierInStage(p.action, action)) return true;
  for (const ref of action.variableRefs)
    if (ref.producers) for (const p of ref.producers) if (earlierInStage(p, action)) return true;
  return false;
}

export const parallelizableActions: RuleModule = {
  id: 'parallelizable-actions',
  severity: 'info',
  completeness: 'subtree',
  description: 'Sequential actions that share nothing could run in parallel.',
  docs: {
    what:
      'Reports an action with a higher run order than others in its stage when it uses no artifact and no variable ' +
      'namespace that the earlier actions of the stage produce, and no approval runs before it in the stage.',
    why: 'The design\'s anti-pattern "Linear Everything: Use parallel actions where possible": independent actions in sequence make every release slower.',
    fix: "Give the action the run order of the stage's first step so it runs in parallel, unless it must wait for a side effect.",
    rules: [],
    sources: ['seed-design.md Anti-Patterns 1', 'DOC22 runOrder (same integer = parallel)'],
    notes:
      'Only artifacts and variables are visible to the validator; an ordering needed for a side effect (a test needing a deploy) cannot be seen, hence info.',
  },
  check({ index, report }) {
    for (const stage of index.stages) {
      // The stage's first run order, and the first run order after which an approval gates the rest.
      let first = Infinity;
      let approval = Infinity;
      for (const action of stage.actions) {
        if (action.runOrder === undefined) continue;
        first = Math.min(first, action.runOrder);
        if (action.category === 'Approval') approval = Math.min(approval, action.runOrder);
      }
      for (const action of stage.actions) {
        const runOrder = action.runOrder;
        if (runOrder === undefined || runOrder === first || runOrder > approval || action.category === 'Approval')
          continue;
        // Resolved producers stand in for "what the earlier groups produce": no sort, no sets.
        if (dependsOnEarlier(action)) continue;
        report({
          message: `Action ${q(action.name)} in stage ${q(stage.name)} runs at run order ${runOrder} but uses nothing the earlier actions produce; it could run in parallel at run order ${first}.`,
          path: at(action.path, 'runOrder'),
          fix: {
            title: `Set runOrder to ${first}`,
            edit: { kind: 'setField', path: at(action.path, 'runOrder'), value: first },
          },
        });
      }
    }
  },
};
