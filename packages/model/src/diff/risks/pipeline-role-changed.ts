import type { RiskNote } from '../types.js';
import { changeIndices, placeOf, shown } from './helpers.js';

export const pipelineRoleChanged: RiskNote = {
  id: 'pipeline-role-changed',
  severity: 'high',
  description: "The pipeline's service role changed.",
  docs: {
    what: "Reports a change of the pipeline's roleArn.",
    why:
      'The service role is what every action without its own role runs as: another role can reach other resources, ' +
      'or lack permissions the pipeline needs and fail at the next run.',
    review: "Check the new role's trust policy and permissions, and that its account is the one you expect.",
    sources: ['AWS CodePipeline User Guide: Manage the CodePipeline service role'],
  },
  check(context) {
    for (const i of changeIndices(context, (c) => c.target === 'pipeline' && c.field === '/roleArn')) {
      const change = context.changes[i];
      if (!change) continue;
      context.report(
        {
          message: `The pipeline role changed from ${shown(change.oldValue)} to ${shown(change.newValue)}.`,
          ...placeOf(change),
        },
        [i],
      );
    }
  },
};
