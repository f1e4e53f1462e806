import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

export const parallelizableActions: RuleModule = {
  id: 'parallelizable-actions',
  severity: 'info',
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
      const orders = stage.actions.map((a) => a.runOrder).filter((r): r is number => r !== undefined);
      if (orders.length < 2) continue;
      const first = Math.min(...orders);
      const earlierOutputs = new Map<number, Set<string>>();
      const earlierNamespaces = new Map<number, Set<string>>();
      let approvalAt = Infinity;
      for (const a of stage.actions) {
        if (a.runOrder === undefined) continue;
        if (a.category === 'Approval') approvalAt = Math.min(approvalAt, a.runOrder);
        for (const o of a.outputs)
          if (o.name)
            (earlierOutputs.get(a.runOrder) ?? earlierOutputs.set(a.runOrder, new Set()).get(a.runOrder)!).add(o.name);
        if (a.namespace)
          (earlierNamespaces.get(a.runOrder) ?? earlierNamespaces.set(a.runOrder, new Set()).get(a.runOrder)!).add(
            a.namespace,
          );
      }
      const producedBefore = (
        runOrder: number,
        test: (outputs: Set<string> | undefined, ns: Set<string> | undefined) => boolean,
      ) => {
        for (const r of earlierOutputs.keys())
          if (r < runOrder && test(earlierOutputs.get(r), earlierNamespaces.get(r))) return true;
        for (const r of earlierNamespaces.keys())
          if (r < runOrder && test(earlierOutputs.get(r), earlierNamespaces.get(r))) return true;
        return false;
      };
      for (const action of stage.actions) {
        const r = action.runOrder;
        if (r === undefined || r === first || action.category === 'Approval' || approvalAt < r) continue;
        const depends = producedBefore(
          r,
          (outs, ns) =>
            action.inputs.some((i) => i.name !== undefined && !!outs?.has(i.name)) ||
            action.variableRefs.some((v) => !!ns?.has(v.namespace)),
        );
        if (depends) continue;
        report({
          message: `Action ${q(action.name)} in stage ${q(stage.name)} runs at run order ${r} but uses nothing the earlier actions produce; it could run in parallel at run order ${first}.`,
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
