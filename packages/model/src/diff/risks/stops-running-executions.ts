import type { RiskNote } from '../types.js';
import { changeIndices, placeOf, shown } from './helpers.js';

export const stopsRunningExecutions: RiskNote = {
  id: 'stops-running-executions',
  severity: 'medium',
  description: 'A change that update-pipeline applies by stopping the executions in progress.',
  docs: {
    what: "Reports a change of the pipeline's pipelineType or executionMode.",
    why:
      'Changing the pipeline type or the execution mode stops the executions in progress when the update is applied: ' +
      'a deploy can be cut off half-way.',
    review: 'Apply the update when no execution is running, or expect to restart the interrupted ones.',
    sources: [
      'AWS CodePipeline User Guide: Set or change the pipeline execution mode',
      'AWS CodePipeline User Guide: Pipeline types',
    ],
  },
  check(context) {
    for (const i of changeIndices(
      context,
      (c) => c.target === 'pipeline' && (c.field === '/pipelineType' || c.field === '/executionMode'),
    )) {
      const change = context.changes[i];
      if (!change) continue;
      context.report(
        {
          message: `${change.field.slice(1)} changes from ${shown(change.oldValue)} to ${shown(change.newValue)}: running executions are stopped.`,
          ...placeOf(change),
        },
        [i],
      );
    }
  },
};
