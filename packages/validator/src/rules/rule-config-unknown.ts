import type { RuleModule } from '../types.js';
import { knownConditionRules } from '../rule-configs.js';
import { at, q } from '../values.js';

export const ruleConfigUnknown: RuleModule = {
  id: 'rule-config-unknown',
  severity: 'warning',
  scope: 'stage',
  description: 'Stage-condition rule configuration keys are ones the rule type takes.',
  docs: {
    what:
      'Reports a configuration key that a documented rule type does not take. When it matches a known key but for ' +
      'letter case, the fix renames it. The Commands rule is skipped: its documented settings are not configuration keys.',
    why: 'A misspelt key is ignored or rejected; either way the setting you meant does not apply.',
    fix: 'Correct the spelling (keys are case-sensitive) or remove the key.',
    rules: ['R34'],
    sources: ['the model rule catalogue (packages/model/src/catalogue/rule-providers.ts)', 'DOC rule-reference-*'],
    notes: 'A warning, as for actions: the docs list the keys but do not say unknown keys are rejected.',
  },
  check({ index, report }) {
    for (const rule of knownConditionRules(index)) {
      if (!rule.spec.keysComplete || !rule.configuration) continue;
      const known = rule.spec.keys.map((k) => k.key);
      for (const key of Object.keys(rule.configuration)) {
        if (known.includes(key)) continue;
        const match = known.find((k) => k.toLowerCase() === key.toLowerCase());
        const { [key]: value, ...rest } = rule.configuration;
        report({
          message: `${rule.what} takes no configuration key ${q(key)}${match ? ` (did you mean '${match}'?)` : ''}.`,
          path: at(rule.entry.path, 'configuration', key),
          ...(match && {
            fix: {
              title: `Rename '${key}' to '${match}'`,
              edit: {
                kind: 'setField' as const,
                path: at(rule.entry.path, 'configuration'),
                value: { ...rest, [match]: value },
              },
            },
          }),
        });
      }
    }
  },
};
