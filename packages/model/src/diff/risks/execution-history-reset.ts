import type { RiskNote } from '../types.js';
import { changeIndices, placeOf, q, where } from './helpers.js';

export const executionHistoryReset: RiskNote = {
  id: 'execution-history-reset',
  severity: 'low',
  description: 'A renamed or moved action or stage starts a new execution history.',
  docs: {
    what: 'Reports each stage or action that was renamed, and each action moved to another stage.',
    why:
      'CodePipeline keys action and stage state by name: after the update, the console and the API show the old ' +
      'one as gone and the new one with no history, and dashboards or alarms that name it stop matching.',
    review: 'Check alarms, EventBridge rules and dashboards that name the stage or action.',
    sources: ['AWS CodePipeline API Reference: GetPipelineState (state by stage and action name)'],
  },
  check(context) {
    for (const i of changeIndices(
      context,
      (c) =>
        (c.kind === 'renamed' && (c.target === 'stage' || c.target === 'action')) ||
        (c.kind === 'moved' && c.target === 'action'),
    )) {
      const change = context.changes[i];
      if (!change) continue;
      const what =
        change.kind === 'moved'
          ? `moved from stage ${q(change.oldValue)} to ${q(change.newValue)}`
          : `was renamed from ${q(change.oldValue)}`;
      context.report(
        { message: `The ${where(change)} ${what}: its execution history starts again.`, ...placeOf(change) },
        [i],
      );
    }
  },
};
