import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

export const providerNotRecommended: RuleModule = {
  id: 'provider-not-recommended',
  severity: 'warning',
  scope: 'stage',
  description: 'No action uses a provider AWS no longer recommends (GitHub version 1).',
  docs: {
    what:
      'Reports an action whose type the catalogue marks not recommended: the GitHub version 1 source ' +
      '(Source/ThirdParty/GitHub, an OAuth app). The message names the migration.',
    why: 'AWS and the Terraform AWS provider say it is no longer recommended; its OAuth tokens are long-lived secrets.',
    fix: 'Use a CodeStarSourceConnection source (GitHub version 2) with ConnectionArn, FullRepositoryId and BranchName.',
    rules: [],
    sources: [
      'the catalogue lifecycle (packages/model/scripts/catalogue-supplement.ts)',
      'DOC appendix-github-oauth',
      'TF pipelineValidateActionProvider warning',
    ],
    notes: 'A warning: the action still runs.',
  },
  check({ index, report }) {
    for (const action of index.actions) {
      const lifecycle = action.spec?.lifecycle;
      if (lifecycle?.status !== 'not-recommended') continue;
      report({
        message:
          `Action ${q(action.name)} in stage ${q(action.stageName)} uses ${action.provider} version ${action.version}, which is no longer recommended. ${lifecycle.migration ?? ''}`.trim(),
        path: at(action.path, 'actionTypeId', 'provider'),
      });
    }
  },
};
