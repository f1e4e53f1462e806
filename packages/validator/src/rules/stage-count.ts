import type { RuleModule } from '../types.js';

export const stageCount: RuleModule = {
  id: 'stage-count',
  severity: 'error',
  completeness: 'subtree',
  description: 'A pipeline has at least 2 and at most 50 stages.',
  docs: {
    what: 'Reports a pipeline with fewer than 2 or more than 50 stages.',
    why: 'CodePipeline rejects the pipeline: "A pipeline must contain at least two stages", and the quota is 50 stages.',
    fix: 'Add a stage after the source stage (build, test, deploy or an approval), or merge stages to get under 50.',
    rules: ['R18'],
    sources: [
      'DOC22 limits.md',
      'DOC pipeline-requirements',
      'CFNP Stages.minItems 2',
      'TF MinItems 2',
      'CDK validateHasStages',
    ],
    notes: 'An old AWS limits page said 2-10 stages; current pages and DOC22 say 2-50, which this rule follows.',
  },
  check({ index, report }) {
    const count = index.stages.length + index.opaqueStages;
    if (count < 2) {
      report({
        message: `Pipeline has ${count} stage${count === 1 ? '' : 's'}; it needs at least 2.`,
        path: '/stages',
      });
    } else if (count > 50) {
      report({ message: `Pipeline has ${count} stages; at most 50 are allowed.`, path: '/stages/50' });
    }
  },
};
