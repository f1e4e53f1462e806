import type { RiskNote } from '../types.js';
import { changeIndices, placeOf, q } from './helpers.js';

const CONDITIONS = /^\/(beforeEntry|onSuccess|onFailure)(\/|$)/;

export const stageConditionRemoved: RiskNote = {
  id: 'stage-condition-removed',
  severity: 'high',
  description: 'A stage condition, one of its rules, or automatic rollback was removed.',
  docs: {
    what:
      "Reports a stage's beforeEntry, onSuccess or onFailure that was removed, a condition or rule removed from one, " +
      'and an onFailure result that was ROLLBACK and no longer is.',
    why:
      'Conditions are gates (entry checks, alarms after deploy) and ROLLBACK undoes a failed deploy: without them a bad ' +
      'change can go on or stay in place.',
    review: 'Check that the gate or rollback is replaced, or that dropping it is intended.',
    sources: [
      'AWS CodePipeline User Guide: Configure stage conditions',
      'AWS CodePipeline User Guide: Configure automatic rollback of a stage (onFailure result ROLLBACK)',
    ],
  },
  check(context) {
    for (const i of changeIndices(context, (c) => c.target === 'stage' && CONDITIONS.test(c.field))) {
      const change = context.changes[i];
      if (!change) continue;
      const [, part] = CONDITIONS.exec(change.field) ?? [];
      const rollbackLost =
        change.field === '/onFailure/result' && change.oldValue === 'ROLLBACK' && change.newValue !== 'ROLLBACK';
      const removed = change.kind === 'removed' && !/\/(configuration|inputArtifacts)\//.test(change.field);
      const wholeRemoved = change.kind === 'removed' && change.field === `/${part}`;
      if (!rollbackLost && !removed) continue;
      const what = rollbackLost
        ? 'no longer rolls back on failure'
        : wholeRemoved
          ? `lost its ${part} conditions`
          : `lost ${/\/rules(\/|$)/.test(change.field) ? 'a rule' : 'a condition'} of ${part}`;
      context.report({ message: `Stage ${q(change.stage)} ${what}.`, ...placeOf(change) }, [i]);
    }
  },
};
