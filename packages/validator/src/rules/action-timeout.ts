import { isOpaque } from '@pipewright/model';
import { conditionRulesOf } from '../conditions.js';
import { actionLabel } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

/** Absent, opaque, or an integer from 5 to 86400. */
function inRange(value: unknown): boolean {
  if (value === undefined || isOpaque(value)) return true;
  return typeof value === 'number' && Number.isInteger(value) && value >= 5 && value <= 86400;
}

export const actionTimeout: RuleModule = {
  id: 'action-timeout',
  severity: 'error',
  scope: 'stage',
  description: 'timeoutInMinutes is set only on manual approvals, as an integer from 5 to 86400.',
  docs: {
    what:
      'Reports `timeoutInMinutes` outside 5-86400 (integer), on actions and on condition rules, and on an action that is ' +
      'not a manual approval (Approval/AWS/Manual).',
    why: 'The API bounds the value to 5-86400 and documents it as "available only to the manual approval ActionType".',
    fix: 'Use a value from 5 to 86400 minutes (60 days), or remove the field from non-approval actions.',
    rules: ['R25', 'R41'],
    sources: ['API ActionTimeout / RuleTimeout', 'TF IntBetween(5, 86400)', 'CDK ManualApprovalAction timeout'],
  },
  check({ index, report }) {
    const checkRange = (value: unknown, path: string, what: () => string) => {
      if (inRange(value)) return;
      const clamped =
        typeof value === 'number' && Number.isFinite(value) ? Math.min(86400, Math.max(5, Math.round(value))) : 60;
      report({
        message: `${what()} has timeoutInMinutes ${q(value)}; it must be an integer from 5 to 86400.`,
        path,
        fix: { title: `Set timeoutInMinutes to ${clamped}`, edit: { kind: 'setField', path, value: clamped } },
      });
    };
    for (const action of index.actions) {
      const value = action.timeoutInMinutes;
      if (value === undefined) continue;
      const isManual = action.category === 'Approval' && action.owner === 'AWS' && action.provider === 'Manual';
      const typeKnown = action.category !== undefined && action.owner !== undefined && action.provider !== undefined;
      if ((!typeKnown || isManual) && inRange(value)) continue; // the common case: nothing to build
      const path = at(action.path, 'timeoutInMinutes');
      if (typeKnown && !isManual)
        report({
          message: `${actionLabel(action)} sets timeoutInMinutes, which only manual approval actions take.`,
          path,
          fix: { title: 'Remove timeoutInMinutes', edit: { kind: 'setField', path, value: undefined } },
        });
      else checkRange(value, path, () => actionLabel(action));
    }
    for (const stage of index.stages)
      for (const rule of conditionRulesOf(stage))
        checkRange(
          rule.raw.timeoutInMinutes,
          at(rule.path, 'timeoutInMinutes'),
          () => `Rule ${q(rule.raw.name)} of stage ${q(stage.name)}`,
        );
  },
};
