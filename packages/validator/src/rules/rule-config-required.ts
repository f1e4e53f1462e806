import type { RuleModule } from '../types.js';
import { knownConditionRules } from '../rule-configs.js';
import { at } from '../values.js';

export const ruleConfigRequired: RuleModule = {
  id: 'rule-config-required',
  severity: 'error',
  scope: 'stage',
  description: 'Stage-condition rules have the configuration keys their rule type requires.',
  docs: {
    what:
      'Reports a required configuration key missing from a stage-condition rule of a documented type: ' +
      'CloudWatchAlarm AlarmName, CodeBuild ProjectName, DeploymentWindow Cron, LambdaInvoke FunctionName, ' +
      'VariableCheck Operator, Variable and Value.',
    why: 'A rule without its required settings cannot be evaluated, so the condition cannot pass.',
    fix: 'Fill in the key in the rule form (the inspector lists the keys of each rule type).',
    rules: ['R34'],
    sources: ['the model rule catalogue (packages/model/src/catalogue/rule-providers.ts)', 'DOC rule-reference-*'],
    notes: 'The shared reference names the rule providers only; the keys come from the AWS rule reference pages.',
  },
  check({ index, report }) {
    for (const rule of knownConditionRules(index)) {
      const config = rule.configuration ?? {};
      for (const key of rule.spec.keys)
        if (key.required && !(key.key in config))
          report({
            message: `${rule.what} needs configuration key '${key.key}'.`,
            path: at(rule.entry.path, 'configuration', key.key),
          });
    }
  },
};
