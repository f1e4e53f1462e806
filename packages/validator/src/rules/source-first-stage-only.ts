import { actionLabel } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

export const sourceFirstStageOnly: RuleModule = {
  id: 'source-first-stage-only',
  severity: 'error',
  completeness: 'subtree',
  description: 'Source actions appear only in the first stage, and the first stage holds only source actions.',
  docs: {
    what:
      'Reports a source action in any stage but the first, a non-source action in the first stage, and a pipeline ' +
      'where no action is a non-source action.',
    why:
      'CodePipeline rejects it: "The first stage of a pipeline must contain at least one source action. It can contain ' +
      'source actions only." and "Only the first stage of a pipeline can contain source actions."',
    fix: 'Move the action to the right stage: source actions to the first stage, everything else to a later stage.',
    rules: ['R29', 'R30', 'R31'],
    sources: ['DOC pipeline-requirements', 'CDK validateSourceAction', 'cfn-lint E3700', 'cfn-lint E2540 (legacy)'],
    notes:
      'R31 (at least one non-source action) follows from R18 and R30; it is reported here only when every action is a source action.',
  },
  check({ index, report }) {
    let nonSource = false;
    for (const action of index.actions) {
      if (action.category === undefined) {
        nonSource = true; // opaque or missing: cannot tell, do not guess
        continue;
      }
      const isSource = action.category === 'Source';
      if (!isSource) nonSource = true;
      if (action.stageIndex === 0 && !isSource)
        report({
          message: `${actionLabel(action)}: the first stage may only contain source actions (category is ${q(action.category)}).`,
          path: at(action.path, 'actionTypeId', 'category'),
        });
      if (action.stageIndex > 0 && isSource)
        report({
          message: `${actionLabel(action)}: source actions may only occur in the first stage.`,
          path: at(action.path, 'actionTypeId', 'category'),
        });
    }
    if (index.actions.length > 0 && !nonSource)
      report({
        message: 'Pipeline has only source actions; at least one action must not be a source action.',
        path: '/stages',
      });
  },
};
