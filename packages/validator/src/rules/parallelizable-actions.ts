import type { ActionEntry } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

/** True when the action uses an artifact or a namespace from the sets. */
function dependsOn(action: ActionEntry, outputs: Set<string>, namespaces: Set<string>): boolean {
  for (const input of action.inputs) if (input.name !== undefined && outputs.has(input.name)) return true;
  for (const ref of action.variableRefs) if (namespaces.has(ref.namespace)) return true;
  return false;
}

/** True when the stage has two known, different run orders (otherwise nothing runs in sequence). */
function sequential(actions: readonly ActionEntry[]): boolean {
  let seen: number | undefined;
  for (const action of actions) {
    if (action.runOrder === undefined) continue;
    if (seen === undefined) seen = action.runOrder;
    else if (action.runOrder !== seen) return true;
  }
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
      if (!sequential(stage.actions)) continue;
      // Sweep the stage in run-order groups, accumulating what the earlier groups produce.
      const ordered = stage.actions.filter((a) => a.runOrder !== undefined).sort((a, b) => a.runOrder! - b.runOrder!);
      const first = ordered[0]!.runOrder!;
      const outputs = new Set<string>();
      const namespaces = new Set<string>();
      let gated = false;
      for (let i = 0; i < ordered.length;) {
        let j = i;
        while (j < ordered.length && ordered[j]!.runOrder === ordered[i]!.runOrder) j++;
        for (let k = i; k < j; k++) {
          const action = ordered[k]!;
          if (action.runOrder === first || gated || action.category === 'Approval') continue;
          if (dependsOn(action, outputs, namespaces)) continue;
          report({
            message: `Action ${q(action.name)} in stage ${q(stage.name)} runs at run order ${action.runOrder} but uses nothing the earlier actions produce; it could run in parallel at run order ${first}.`,
            path: at(action.path, 'runOrder'),
            fix: {
              title: `Set runOrder to ${first}`,
              edit: { kind: 'setField', path: at(action.path, 'runOrder'), value: first },
            },
          });
        }
        for (let k = i; k < j; k++) {
          const action = ordered[k]!;
          if (action.category === 'Approval') gated = true;
          for (const o of action.outputs) if (o.name !== undefined) outputs.add(o.name);
          if (action.namespace !== undefined) namespaces.add(action.namespace);
        }
        i = j;
      }
    }
  },
};
