import { isOpaque } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

export const runOrderRange: RuleModule = {
  id: 'run-order-range',
  severity: 'error',
  scope: 'stage',
  description: 'runOrder is an integer from 1 to 999.',
  docs: {
    what: 'Reports a `runOrder` that is not an integer between 1 and 999 (zero, negative, fractional, too large, or not a number).',
    why: 'CodePipeline rejects it: "The value must be a positive integer (natural number)", at most 999.',
    fix: 'Use an integer from 1 to 999 (the fix clamps the value). Gaps are fine: 1, 10, 20 works.',
    rules: ['R22'],
    sources: ['API ActionRunOrder 1..999', 'DOC action-requirements runOrder', 'TF IntBetween(1, 999)'],
    notes:
      'Only Terraform bounds runOrder among the peers: CDK, the CloudFormation schema and cfn-lint accept 1000. AWS does not.',
  },
  check({ index, report }) {
    for (const action of index.actions) {
      const value = action.raw.runOrder;
      if (value === undefined || isOpaque(value)) continue;
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 999) continue;
      const path = at(action.path, 'runOrder');
      const clamped =
        typeof value === 'number' && Number.isFinite(value) ? Math.min(999, Math.max(1, Math.round(value))) : 1;
      report({
        message: `Action ${q(action.name)} in stage ${q(action.stageName)} has runOrder ${q(value)}; it must be an integer from 1 to 999.`,
        path,
        fix: { title: `Set runOrder to ${clamped}`, edit: { kind: 'setField', path, value: clamped } },
      });
    }
  },
};
