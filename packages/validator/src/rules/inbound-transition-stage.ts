import type { RuleModule } from '../types.js';
import { at, list, q, record, text } from '../values.js';

export const inboundTransitionStage: RuleModule = {
  id: 'inbound-transition-stage',
  severity: 'error',
  description: 'Each disabled inbound transition names an existing stage and gives a reason.',
  docs: {
    what:
      'For `disableInboundStageTransitions` (a CloudFormation property, kept on imported pipelines), reports an entry ' +
      'without `stageName` or `reason`, and a `stageName` that no stage has.',
    why: 'CloudFormation requires both fields; a transition into a stage that does not exist cannot be disabled.',
    fix: 'Name an existing stage and give a reason.',
    rules: ['R36'],
    sources: ['CFN StageTransition {StageName, Reason} required'],
    notes: 'That the stage must exist is an inference of rules.md R36.',
  },
  check({ pipeline, index, report }) {
    const names = new Set(index.stages.map((s) => s.name));
    list(record(pipeline)?.disableInboundStageTransitions).forEach((t, i) => {
      const transition = record(t) ?? {};
      const base = at('/disableInboundStageTransitions', i);
      if (transition.reason === undefined)
        report({ message: `Disabled transition ${i + 1} has no reason.`, path: at(base, 'reason') });
      const stageName = text(transition.stageName);
      if (transition.stageName === undefined)
        report({ message: `Disabled transition ${i + 1} has no stageName.`, path: at(base, 'stageName') });
      else if (stageName !== undefined && !names.has(stageName))
        report({
          message: `Disabled transition names stage ${q(stageName)}, which the pipeline does not have.`,
          path: at(base, 'stageName'),
        });
    });
  },
};
