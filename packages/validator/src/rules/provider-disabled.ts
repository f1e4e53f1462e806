import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

export const providerDisabled: RuleModule = {
  id: 'provider-disabled',
  severity: 'error',
  scope: 'stage',
  description: 'No action uses a provider AWS has disabled (OpsWorks Stacks).',
  docs: {
    what:
      'Reports an action whose type the catalogue marks disabled: AWS OpsWorks Stacks (Deploy/AWS/OpsWorks), ' +
      'disabled for all customers since 2024-05-26. The message names the migration.',
    why: 'A disabled provider cannot run, so the pipeline fails at that action.',
    fix: "Replace the action as the catalogue's migration says (CodeDeploy or the EC2 deploy action; the stack itself moves to Systems Manager).",
    rules: [],
    sources: [
      'the catalogue lifecycle (packages/model/scripts/catalogue-supplement.ts)',
      'OpsWorks Stacks end of life',
    ],
    notes: 'Split from provider-not-recommended because a disabled action is an error and a legacy one a warning.',
  },
  check({ index, report }) {
    for (const action of index.actions) {
      const lifecycle = action.spec?.lifecycle;
      if (lifecycle?.status !== 'disabled') continue;
      report({
        message:
          `Action ${q(action.name)} in stage ${q(action.stageName)} uses ${action.provider}, disabled${lifecycle.since ? ` since ${lifecycle.since}` : ''}: it cannot run. ${lifecycle.migration ?? ''}`.trim(),
        path: at(action.path, 'actionTypeId', 'provider'),
      });
    }
  },
};
