import type { RiskNote } from '../types.js';
import { changeIndices, placeOf, shown } from './helpers.js';

const STORE = /^\/artifactStores?(\/|$)/;

export const artifactStoreChanged: RiskNote = {
  id: 'artifact-store-changed',
  severity: 'high',
  description: 'The artifact store (bucket, type or a Region’s store) changed.',
  docs: {
    what:
      'Reports an artifact store added, removed or changed (location, type), the single store or a Region of ' +
      'artifactStores; its encryption key is left to encryption-key-changed and encryption-removed.',
    why:
      'Every artifact passes through the store: another bucket can be readable by other principals, and runs in ' +
      'progress lose the artifacts they wrote to the old one.',
    review: "Check the new bucket's policy, encryption and Region, and who can read it.",
    sources: ['AWS CodePipeline API Reference: ArtifactStore'],
  },
  check(context) {
    for (const i of changeIndices(
      context,
      (c) => c.target === 'pipeline' && STORE.test(c.field) && !c.field.includes('/encryptionKey'),
    )) {
      const change = context.changes[i];
      if (!change) continue;
      context.report(
        {
          message: `Artifact store ${change.field.slice(1)} changed from ${shown(change.oldValue)} to ${shown(change.newValue)}.`,
          ...placeOf(change),
        },
        [i],
      );
    }
  },
};
