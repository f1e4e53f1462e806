import type { RiskNote } from '../types.js';
import { changeIndices, placeOf, where } from './helpers.js';

const isTrue = (value: unknown) => typeof value === 'string' && value.toLowerCase() === 'true';

export const pollingEnabled: RiskNote = {
  id: 'polling-enabled',
  severity: 'medium',
  description: 'A source action now polls for changes.',
  docs: {
    what: 'Reports a source action whose PollForSourceChanges became true, or a new action that has it true.',
    why:
      'Polling starts the pipeline on every change it sees, in addition to any event rule or webhook (double runs), and ' +
      'AWS recommends event-based change detection instead.',
    review: 'Check that no event rule or webhook also starts the pipeline, or switch to event-based detection.',
    sources: ['AWS CodePipeline User Guide: Migrate polling pipelines to use event-based change detection'],
  },
  check(context) {
    for (const i of changeIndices(
      context,
      (c) =>
        c.target === 'action' &&
        ((c.field === '/configuration/PollForSourceChanges' && isTrue(c.newValue) && !isTrue(c.oldValue)) ||
          (c.field === '/configuration' &&
            c.kind === 'added' &&
            isTrue((c.newValue as Record<string, unknown>)['PollForSourceChanges'])) ||
          (c.field === '' &&
            c.kind === 'added' &&
            isTrue(
              (c.newValue as { configuration?: Record<string, unknown> } | null)?.configuration?.[
                'PollForSourceChanges'
              ],
            ))),
    )) {
      const change = context.changes[i];
      if (!change) continue;
      context.report({ message: `The source ${where(change)} now polls for changes.`, ...placeOf(change) }, [i]);
    }
  },
};
