import type { RiskNote } from '../types.js';
import { accountIds, changeIndices, overlaps } from './helpers.js';

export const newAccount: RiskNote = {
  id: 'new-account',
  severity: 'high',
  description: 'An AWS account id appears that the old version did not mention.',
  docs: {
    what:
      'Collects the 12-digit account ids of every ARN in each version (roles, KMS keys, configuration values) and ' +
      'reports each account of the new version that the old one does not mention, at its first place.',
    why: 'A new account means the pipeline now deploys to, reads from or trusts an account it did not before.',
    review:
      'Check that the account is yours and meant to be reached from this pipeline, and the trust between the roles.',
    sources: ['AWS CodePipeline User Guide: Create a pipeline that uses resources from another AWS account'],
  },
  check(context) {
    const before = accountIds(context.old, new Map());
    for (const [account, path] of accountIds(context.new, new Map())) {
      if (before.has(account)) continue;
      const about = changeIndices(context, (c) => overlaps(c.newPath, path));
      context.report({ message: `Account ${account} appears for the first time.`, newPath: path }, about);
    }
  },
};
