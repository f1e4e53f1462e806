import type { ActionEntry } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { isGate } from '../side-effects.js';
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
      'namespace that the earlier actions of the stage produce, and no approval, test, deploy, invoke or compute ' +
      'action runs before it in the stage (any of those may have an effect the action relies on: the change set a ' +
      'CHANGE_SET_EXECUTE runs, the deployment group a second deployment uses, the verdict of the tests).',
    why: 'The design\'s anti-pattern "Linear Everything: Use parallel actions where possible": independent actions in sequence make every release slower.',
    fix: "Give the action the run order of the stage's first step so it runs in parallel, unless it must wait for a side effect.",
    rules: [],
    sources: ['seed-design.md Anti-Patterns 1', 'DOC22 runOrder (same integer = parallel)'],
    notes:
      'Only artifacts, variables and action categories are visible to the validator. An earlier ' +
      'approval, test, deploy, invoke or compute action is taken as a gate the later steps may rely on (a smoke test ' +
      'after a deploy, a build only after the unit tests pass), so only builds and sources in sequence are reported; ' +
      'a side effect of a build (a build that deploys) cannot be seen, hence info.',
  },
  check({ index, report }) {
    for (const stage of index.stages) {
      // The stage's first run order, and the first run order of a gate (side-effects.ts), after which
      // every action may rely on its effect or verdict.
      let first = Infinity;
      let gate = Infinity;
      for (const action of stage.actions) {
        if (action.runOrder === undefined) continue;
        first = Math.min(first, action.runOrder);
        if (isGate(action)) gate = Math.min(gate, action.runOrder);
      }
      for (const action of stage.actions) {
        const runOrder = action.runOrder;
        if (runOrder === undefined || runOrder === first || runOrder > gate || action.category === 'Approval') continue;
        // Resolved producers stand in for "what the earlier groups produce": no sort, no sets.
        if (dependsOnEarlier(action)) continue;
        report({
          message: `Action ${q(action.name)} in stage ${q(stage.name)} runs at run order ${runOrder} but uses nothing the earlier actions produce, and none of them is an approval, test, deploy, invoke or compute step; it could run in parallel at run order ${first}.`,
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
