import { isOpaque, lookupRuleProvider, ruleCatalogue } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { at, list, q, record, text } from '../values.js';

const ALLOWED = ruleCatalogue.filter((r) => r.beforeEntrySkip).map((r) => r.provider);

export const conditionSkipRules: RuleModule = {
  id: 'condition-skip-rules',
  severity: 'error',
  scope: 'stage',
  description: 'A beforeEntry condition with result SKIP uses only LambdaInvoke and VariableCheck rules.',
  docs: {
    what: `Reports a rule of another type (e.g. CloudWatchAlarm, CodeBuild, Commands, DeploymentWindow) in a \`beforeEntry\` condition whose result is SKIP. Allowed: ${ALLOWED.join(', ')}.`,
    why: 'AWS documents that only these rule types are available for entry conditions that skip the stage.',
    fix: 'Use a LambdaInvoke or VariableCheck rule, or change the result to FAIL.',
    rules: ['R33', 'R34'],
    sources: ['DOC rule-reference-CodeBuild (note)', 'DOC rule-reference-Commands (note)'],
    notes: 'Rules whose provider is opaque or unknown (not one of the six documented) are not reported.',
  },
  check({ index, report }) {
    for (const stage of index.stages) {
      const conditions = list(record(stage.raw.beforeEntry)?.conditions);
      conditions.forEach((c, ci) => {
        const condition = record(c);
        if (condition?.result !== 'SKIP') return;
        list(condition.rules).forEach((r, ri) => {
          const rule = record(r);
          const typeId = record(rule?.ruleTypeId);
          if (!typeId || isOpaque(typeId.provider)) return;
          const spec = lookupRuleProvider(typeId);
          if (!spec || spec.beforeEntrySkip) return;
          report({
            message: `Stage ${q(stage.raw.name)} beforeEntry skips the stage, so rule ${q(text(rule?.name) ?? ri + 1)} cannot be ${spec.provider}: use ${ALLOWED.join(' or ')}.`,
            path: at(stage.path, 'beforeEntry', 'conditions', ci, 'rules', ri, 'ruleTypeId', 'provider'),
            related: [at(stage.path, 'beforeEntry', 'conditions', ci, 'result')],
          });
        });
      });
    }
  },
};
