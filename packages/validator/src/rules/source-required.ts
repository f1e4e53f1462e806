import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

export const sourceRequired: RuleModule = {
  id: 'source-required',
  severity: 'error',
  completeness: 'subtree',
  description: 'The first stage contains at least one source action.',
  docs: {
    what: 'Reports a pipeline whose first stage has no action of category `Source` (and so a pipeline with no source at all).',
    why: 'CodePipeline rejects it: "The first stage of a pipeline must contain at least one source action."',
    fix: 'Add a source action (CodeStarSourceConnection, CodeCommit, S3 or ECR) to the first stage.',
    rules: ['R29'],
    sources: [
      'DOC pipeline-requirements',
      'DOC action-requirements',
      'DOC22',
      'cfn-lint E2540 (legacy)',
      'cloudformation-validate E3700',
    ],
    notes:
      'Opaque actions, opaque categories and an opaque first stage count as possible sources, so they never trigger this rule.',
  },
  check({ index, report }) {
    const first = index.stages[0];
    if (index.opaqueStages > 0 && first?.index !== 0) return; // the first stage is opaque: cannot tell
    if (!first) {
      report({ message: 'Pipeline has no stages, so no source action.', path: '/stages' });
      return;
    }
    const hasSource =
      first.opaqueActions > 0 || first.actions.some((a) => a.category === 'Source' || a.category === undefined);
    if (!hasSource) {
      report({ message: `First stage ${q(first.name)} has no source action.`, path: at(first.path, 'actions') });
    }
  },
};
