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
    // An account the old side lacks can only be in a new value of some change: look there first,
    // and walk the old side only when one is found (2,500 actions, mostly unchanged).
    const candidates = new Map<string, { path: string; change: number }>();
    context.changes.forEach((change, i) => {
      if (change.newPath === undefined) return;
      for (const [account, inner] of accountIds(change.newValue))
        if (!candidates.has(account)) candidates.set(account, { path: change.newPath + inner, change: i });
    });
    if (candidates.size === 0) return;
    const before = accountIds(context.old);
    for (const [account, { path, change }] of candidates) {
      if (before.has(account)) continue;
      const about = changeIndices(context, (c) => overlaps(c.newPath, path));
      context.report(
        { message: `Account ${account} appears for the first time.`, newPath: path },
        about.length ? about : [change],
      );
    }
  },
};
