import { productionDeploys } from '../../facts/production.js';
import { formatPointer } from '../../pointer/json-pointer.js';
import type { RiskNote } from '../types.js';
import { changeIndices, q } from './helpers.js';

const key = (s: number, a: number) => `${s}/${a}`;

function categoryAt(pipeline: unknown, path: string | undefined): unknown {
  const m = path === undefined ? null : /^\/stages\/(\d+)\/actions\/(\d+)$/.exec(path);
  if (!m) return undefined;
  const stages = (pipeline as { stages?: unknown[] }).stages;
  const action = (stages?.[Number(m[1])] as { actions?: unknown[] } | undefined)?.actions?.[Number(m[2])];
  return (action as { actionTypeId?: { category?: unknown } } | undefined)?.actionTypeId?.category;
}

export const approvalRemoved: RiskNote = {
  id: 'approval-removed',
  severity: 'high',
  description: 'A deploy to production lost the manual approval that ran before it.',
  docs: {
    what:
      'Reports a production-like Deploy action (its name or stage name has a word prod, production, prd or live, as the ' +
      "validator's approval-before-production rule reads it) that had an approval action before it in the old version " +
      'and has none in the new one: the approval was removed, moved after it, or its run order no longer comes first.',
    why: 'Without the approval, every change that passes the earlier stages reaches production unreviewed.',
    review:
      'Check that skipping the approval is intended, or that another gate (a stage condition, a separate pipeline) replaces it.',
    sources: ['seed-design.md Anti-Patterns 5 (no approval gates)', 'validator rule approval-before-production'],
  },
  check(context) {
    const wasGated = new Set(
      productionDeploys(context.old)
        .filter((d) => d.gated)
        .map((d) => key(d.stage, d.action)),
    );
    const oldOf = new Map(context.matches.actions.map((m) => [key(...m.new), m.old]));
    const approvalChanges = changeIndices(
      context,
      (c) =>
        c.target === 'action' &&
        (c.kind === 'removed' ||
          c.kind === 'moved' ||
          c.kind === 'reordered' ||
          c.field === '/actionTypeId/category') &&
        (categoryAt(context.old, c.oldElement) === 'Approval' || categoryAt(context.new, c.newElement) === 'Approval'),
    );
    const removedStages = changeIndices(context, (c) => c.target === 'stage' && c.kind === 'removed');
    for (const deploy of productionDeploys(context.new)) {
      if (deploy.gated) continue;
      const old = oldOf.get(key(deploy.stage, deploy.action));
      if (!old || !wasGated.has(key(...old))) continue;
      const stage = context.new.stages[deploy.stage];
      const action = stage?.actions[deploy.action];
      context.report(
        {
          message: `Action ${q(action?.name)} in stage ${q(stage?.name)} deploys to production with no approval before it any more.`,
          oldPath: formatPointer(['stages', old[0], 'actions', old[1]]),
          newPath: formatPointer(['stages', deploy.stage, 'actions', deploy.action]),
        },
        [...approvalChanges, ...removedStages],
      );
    }
  },
};
