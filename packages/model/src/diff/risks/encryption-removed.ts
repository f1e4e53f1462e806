import type { RiskNote } from '../types.js';
import { changeIndices, placeOf } from './helpers.js';

export const encryptionRemoved: RiskNote = {
  id: 'encryption-removed',
  severity: 'high',
  description: "An artifact store's customer-managed KMS key was removed.",
  docs: {
    what: 'Reports an encryptionKey removed from the artifact store or from a Region of artifactStores.',
    why:
      'Without its key the store falls back to the AWS managed key: other accounts can no longer decrypt the artifacts ' +
      '(cross-account actions fail) and you lose control of who can.',
    review: 'Check that no cross-account action reads the artifacts and that the AWS managed key is acceptable.',
    sources: ['AWS CodePipeline User Guide: Configure server-side encryption for artifacts stored in Amazon S3'],
  },
  check(context) {
    for (const i of changeIndices(
      context,
      (c) =>
        c.target === 'pipeline' && c.kind === 'removed' && /^\/artifactStores?(\/[^/]+)?\/encryptionKey$/.test(c.field),
    )) {
      const change = context.changes[i];
      if (!change) continue;
      context.report({ message: `The artifact store ${change.field.slice(1)} was removed.`, ...placeOf(change) }, [i]);
    }
  },
};
