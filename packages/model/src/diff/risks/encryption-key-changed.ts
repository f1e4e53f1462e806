import type { RiskNote } from '../types.js';
import { changeIndices, placeOf, shown } from './helpers.js';

export const encryptionKeyChanged: RiskNote = {
  id: 'encryption-key-changed',
  severity: 'high',
  description: "An artifact store's KMS key was set or changed.",
  docs: {
    what: "Reports an artifact store's encryptionKey (or its id or type) that was added or changed.",
    why:
      'Every role that reads or writes artifacts (the pipeline, each action, other accounts) needs access to the new ' +
      'key, or the next run fails; another key may also be readable by other principals.',
    review: "Check the key policy grants the pipeline and action roles (and other accounts') use of the key.",
    sources: ['AWS CodePipeline User Guide: Configure server-side encryption for artifacts stored in Amazon S3'],
  },
  check(context) {
    for (const i of changeIndices(
      context,
      (c) =>
        c.target === 'pipeline' &&
        /\/encryptionKey(\/|$)/.test(c.field) &&
        !(c.kind === 'removed' && c.field.endsWith('/encryptionKey')),
    )) {
      const change = context.changes[i];
      if (!change) continue;
      context.report(
        {
          message: `The artifact store key ${change.field.slice(1)} changed from ${shown(change.oldValue)} to ${shown(change.newValue)}.`,
          ...placeOf(change),
        },
        [i],
      );
    }
  },
};
