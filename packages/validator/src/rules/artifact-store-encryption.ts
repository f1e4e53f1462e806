import type { RuleModule } from '../types.js';
import { at, record } from '../values.js';

export const artifactStoreEncryption: RuleModule = {
  id: 'artifact-store-encryption',
  severity: 'warning',
  scope: 'stage',
  description: 'Artifact stores are encrypted with a customer-managed KMS key.',
  docs: {
    what: 'Reports an `artifactStore` or `artifactStores` entry without `encryptionKey`.',
    why:
      'The design\'s anti-pattern "Missing Encryption: Always encrypt artifacts". Without a key CodePipeline uses the ' +
      'AWS-managed S3 key, which you cannot audit, rotate or share across accounts (checkov CKV_AWS_219 flags it too).',
    fix: 'Create a KMS key and set `encryptionKey: { id: <key ARN>, type: "KMS" }` on the store.',
    rules: [],
    sources: [
      'seed-design.md Anti-Patterns 2',
      'checkov CKV_AWS_219 (CodePipelineArtifactsEncrypted)',
      'API EncryptionKey',
    ],
  },
  check({ pipeline, report }) {
    const p = record(pipeline) ?? {};
    const store = record(p.artifactStore);
    if (store && store.encryptionKey === undefined)
      report({ message: 'The artifact store has no KMS encryption key.', path: '/artifactStore/encryptionKey' });
    const map = record(p.artifactStores);
    if (map)
      for (const region in map)
        if (record(map[region]) && record(map[region])!.encryptionKey === undefined)
          report({
            message: `The artifact store for ${region} has no KMS encryption key.`,
            path: at('/artifactStores', region, 'encryptionKey'),
          });
  },
};
