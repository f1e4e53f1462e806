import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

const MAX_PER_STAGE = 50;
const MAX_PER_PIPELINE = 500;

export const actionCount: RuleModule = {
  id: 'action-count',
  severity: 'error',
  completeness: 'subtree',
  description: 'A stage has 1 to 50 actions; a pipeline at most 500.',
  docs: {
    what: 'Reports a stage without actions, a stage with more than 50 actions and a pipeline with more than 500 actions.',
    why: 'These are CodePipeline quotas; the API rejects a declaration that exceeds them.',
    fix: 'Add an action to the empty stage or remove the stage; split crowded stages; split a huge pipeline in two.',
    rules: ['R19', 'R20', 'R21'],
    sources: ['DOC22 limits.md', 'CFNP Actions.minItems 1', "CDK: Stage '<name>' must have at least one action"],
    notes:
      'R20 (at most 50 parallel and 50 sequential actions per stage) cannot be exceeded without exceeding the ' +
      '50-actions-per-stage quota of R19, so the R19 check covers it.',
  },
  check({ index, report }) {
    for (const stage of index.stages) {
      const n = stage.actions.length + stage.opaqueActions;
      const path = at(stage.path, 'actions');
      if (n === 0) report({ message: `Stage ${q(stage.name)} has no actions; it needs at least one.`, path });
      if (n > MAX_PER_STAGE)
        report({ message: `Stage ${q(stage.name)} has ${n} actions; at most ${MAX_PER_STAGE} are allowed.`, path });
    }
    const total = index.stages.reduce((sum, s) => sum + s.actions.length + s.opaqueActions, 0);
    if (total > MAX_PER_PIPELINE)
      report({ message: `Pipeline has ${total} actions; at most ${MAX_PER_PIPELINE} are allowed.`, path: '/stages' });
  },
};
