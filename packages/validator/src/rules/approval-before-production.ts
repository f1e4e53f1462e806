import { looksLikeProduction } from '@pipewright/model';
import type { ActionEntry } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

function isApproval(a: ActionEntry): boolean {
  return a.category === 'Approval';
}

export const approvalBeforeProduction: RuleModule = {
  id: 'approval-before-production',
  severity: 'warning',
  completeness: 'whole',
  description: 'A deploy to production has a manual approval before it.',
  docs: {
    what:
      'Reports a Deploy action whose name or stage name looks like production (a word prod, production, prd or live) ' +
      'when no approval action runs before it (an earlier stage, or the same stage at a lower run order).',
    why: 'The design\'s anti-pattern "No Approval Gates: Add manual approval for production".',
    fix: 'Add an Approval/AWS/Manual action in a stage before the production deploy (or at a lower run order in its stage).',
    rules: [],
    sources: ['seed-design.md Anti-Patterns 5'],
    notes: 'Names decide what "production" is; a beforeEntry condition or an external gate is not recognised.',
  },
  check({ index, report }) {
    let approvalStage = Infinity; // first stage holding an approval
    const approvalRunOrder = new Map<number, number>(); // per stage: lowest approval run order
    for (const a of index.actions)
      if (isApproval(a)) {
        approvalStage = Math.min(approvalStage, a.stageIndex);
        const prev = approvalRunOrder.get(a.stageIndex);
        if (a.runOrder !== undefined && (prev === undefined || a.runOrder < prev))
          approvalRunOrder.set(a.stageIndex, a.runOrder);
      }
    const productionStage = index.stages.map((s) => looksLikeProduction(s.name));
    for (const action of index.actions) {
      if (action.category !== 'Deploy') continue;
      if (!productionStage[action.stageIndex] && !looksLikeProduction(action.name)) continue;
      if (approvalStage < action.stageIndex) continue;
      const sameStage = approvalRunOrder.get(action.stageIndex);
      if (sameStage !== undefined && (action.runOrder === undefined || sameStage < action.runOrder)) continue;
      report({
        message: `Action ${q(action.name)} in stage ${q(action.stageName)} deploys to production with no manual approval before it.`,
        path: at(action.path, 'name'),
      });
    }
  },
};
