import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

/**
 * A run of exactly 12 digits: irregexp's native code scans faster than a loop over char codes.
 * Global, so test() leaves the end of the match in lastIndex and no match array is built.
 */
const ACCOUNT_ID = /(?<![0-9])[0-9]{12}(?![0-9])/g;

/** The first run of exactly 12 digits in the value, or undefined. */
function accountIdIn(value: string): string | undefined {
  ACCOUNT_ID.lastIndex = 0;
  if (!ACCOUNT_ID.test(value)) return undefined;
  const end = ACCOUNT_ID.lastIndex;
  ACCOUNT_ID.lastIndex = 0;
  return value.slice(end - 12, end);
}

export const hardcodedAccountId: RuleModule = {
  id: 'hardcoded-account-id',
  severity: 'info',
  scope: 'stage',
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
      const values = action.configValues;
      for (let k = 0; k < values.length; k++) {
        const value = values[k];
        if (typeof value !== 'string') continue;
        const key = action.configKeys[k]!;
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
