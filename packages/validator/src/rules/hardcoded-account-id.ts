import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

/** The first run of exactly 12 digits in the value (a scan: cheaper than a look-behind regex per value). */
function accountIdIn(value: string): string | undefined {
  let run = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : -1;
    if (c >= 48 && c <= 57) run++;
    else {
      if (run === 12) return value.slice(i - 12, i);
      run = 0;
    }
  }
  return undefined;
}

export const hardcodedAccountId: RuleModule = {
  id: 'hardcoded-account-id',
  severity: 'info',
  description: 'Configuration does not hard-code 12-digit account ids.',
  docs: {
    what: 'Reports a literal configuration value that contains a 12-digit AWS account id (often inside an ARN).',
    why: 'The design\'s anti-pattern "Hardcoded Values: Use parameters and namespaces". A hard-coded account ties the pipeline to one environment and breaks when it is copied.',
    fix: 'Use a pipeline variable (#{variables.x}), an output variable of an earlier action, or a template parameter.',
    rules: [],
    sources: ['seed-design.md Anti-Patterns 4'],
    notes: 'Role ARNs of the declaration itself (`roleArn`) are not configuration and are not reported.',
  },
  check({ index, report }) {
    for (const action of index.actions) {
      const config = action.configuration;
      if (!config) continue;
      for (const key of action.configKeys) {
        const value = config[key];
        if (typeof value !== 'string') continue;
        const account = accountIdIn(value);
        if (account)
          report({
            message: `Action ${q(action.name)}: configuration ${q(key)} hard-codes account id ${account}.`,
            path: at(action.path, 'configuration', key),
          });
      }
    }
  },
};
