import { runsBefore } from '@pipewright/model';
import type { ActionEntry, NamedRef } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { q } from '../values.js';

/** Whether any producer runs before the consumer, by the model's `runsBefore` (the canvas's edges ask the same). */
function producedBefore(producers: readonly NamedRef[], consumer: ActionEntry): boolean {
  for (const p of producers) if (runsBefore(p.action, consumer)) return true;
  return false;
}

export const artifactInputOrder: RuleModule = {
  id: 'artifact-input-order',
  severity: 'error',
  description: 'An input artifact is produced by an action that runs earlier.',
  docs: {
    what:
      'Reports an input artifact whose producer does not run before the consumer: the producer is in a later stage, ' +
      'or in the same stage with an equal or higher run order (equal run orders run in parallel). A run order that is ' +
      'an expression is unknown: either order is possible, so it is not reported (the canvas draws no backwards edge).',
    why:
      'The artifact does not exist yet when the action starts. AWS: the input must match an output "declared in a ' +
      'preceding action ... whether they are in the same stage or in following stages".',
    fix: 'Move the consumer after the producer: a later stage, or a higher run order in the same stage.',
    rules: ['R43'],
    sources: ['API InputArtifact', 'DOC action-requirements', 'CDK validateArtifacts', 'cfn-lint E3701'],
    notes:
      'Peers are each half wrong here. CDK 2.276.0 compares stages with `rhs.stageIndex < rhs.stageIndex` (always ' +
      'false), so it misses a consumer in an earlier stage. cfn-lint E3701 uses document order and ignores runOrder, ' +
      'so it misses same-stage run-order violations. This rule checks both.',
  },
  check({ index, report }) {
    for (const action of index.actions) {
      for (const ref of action.inputs) {
        if (ref.name === undefined) continue;
        const producers = ref.producers;
        if (!producers || producedBefore(producers, action)) continue;
        const producer = producers[0]!;
        const where =
          producer.action.stageIndex === action.stageIndex
            ? `in the same stage at run order ${producer.action.runOrder ?? '?'} (this action runs at ${action.runOrder ?? '?'})`
            : `in the later stage ${q(producer.action.stageName)}`;
        report({
          message: `Action ${q(action.name)} in stage ${q(action.stageName)} uses artifact ${q(ref.name)} before it is produced: action ${q(producer.action.name)} produces it ${where}.`,
          path: ref.path,
          related: [producer.path],
        });
      }
    }
  },
};
