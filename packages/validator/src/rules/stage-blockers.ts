import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

export const stageBlockers: RuleModule = {
  id: 'stage-blockers',
  severity: 'warning',
  scope: 'stage',
  description: 'Stage blockers are reserved for future use.',
  docs: {
    what: 'Reports a stage that declares `blockers`.',
    why: 'The API documents `blockers` as "Reserved for future use" and lists InvalidBlockerDeclarationException for create and update.',
    fix: 'Remove `blockers`; use a manual approval or a beforeEntry condition to hold a stage.',
    rules: ['R16'],
    sources: ['API StageDeclaration.blockers, BlockerDeclaration'],
  },
  check({ index, report }) {
    for (const stage of index.stages) {
      if (stage.raw.blockers === undefined) continue;
      const path = at(stage.path, 'blockers');
      report({
        message: `Stage ${q(stage.name)} declares blockers, which CodePipeline reserves for future use.`,
        path,
        fix: { title: 'Remove blockers', edit: { kind: 'setField', path, value: undefined } },
      });
    }
  },
};
