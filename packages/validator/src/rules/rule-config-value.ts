import { holdsVariableReference, isOpaque } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { knownConditionRules, type KnownConditionRule } from '../rule-configs.js';
import { at, q } from '../values.js';

export const ruleConfigValue: RuleModule = {
  id: 'rule-config-value',
  severity: 'error',
  scope: 'stage',
  description: 'Enumerated stage-condition rule settings hold a value their rule type takes.',
  docs: {
    what:
      'Checks the rule configuration keys whose values the docs enumerate: VariableCheck Operator (EQ, CONTAINS, ' +
      'MATCHES, NE), CloudWatchAlarm AlarmStates (ALARM, OK, INSUFFICIENT_DATA, comma-separated), CodeBuild ' +
      'BatchEnabled and CombineArtifacts (true or false); DeploymentWindow Cron has 6 fields (7 with a year). ' +
      'Values with a #{variable} are not checked.',
    why: 'CodePipeline cannot evaluate a rule with an operator or state it does not know.',
    fix: 'Pick one of the listed values (the inspector offers them).',
    rules: ['R34'],
    sources: [
      'the model rule catalogue (packages/model/src/catalogue/rule-providers.ts)',
      'DOC rule-reference-VariableCheck',
      'DOC rule-reference-CloudWatchAlarm',
      'DOC rule-reference-CodeBuild',
      'DOC rule-reference-DeploymentWindow',
    ],
    notes:
      'AlarmStates is read as a comma-separated list: the docs name the three states but show no example with ' +
      'more than one; a single state is always accepted. TimeZone is not checked: the docs read give no list.',
  },
  check({ index, report }) {
    const checkFields = (rule: KnownConditionRule, key: string, bounds: { min: number; max: number }) => {
      const value = rule.configuration?.[key];
      if (typeof value !== 'string' || holdsVariableReference(value)) return;
      const count = value.trim() === '' ? 0 : value.trim().split(/\s+/).length;
      if (count >= bounds.min && count <= bounds.max) return;
      report({
        message: `${rule.what}: ${key} ${q(value)} has ${count} fields; it needs ${bounds.min} (or ${bounds.max} with a year): seconds minutes hours day-of-month month day-of-week [year].`,
        path: at(rule.entry.path, 'configuration', key),
      });
    };
    for (const rule of knownConditionRules(index)) {
      if (!rule.configuration) continue;
      for (const key of rule.spec.keys) {
        if (key.fields) checkFields(rule, key.key, key.fields);
        if (!key.values) continue;
        const value = rule.configuration[key.key];
        if (value === undefined || isOpaque(value)) continue;
        if (typeof value === 'string' && holdsVariableReference(value)) continue;
        const items = typeof value === 'string' ? (key.list ? value.split(',').map((s) => s.trim()) : [value]) : [];
        const bad = items.length === 0 ? [value] : items.filter((item) => !key.values!.includes(item));
        if (bad.length === 0) continue;
        report({
          message: `${rule.what}: ${key.key} ${q(value)} is not ${key.list ? 'a list of' : 'one of'} ${key.values.join(', ')}.`,
          path: at(rule.entry.path, 'configuration', key.key),
        });
      }
    }
  },
};
