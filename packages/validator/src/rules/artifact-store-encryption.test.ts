import { pipeline } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { artifactStoreEncryption } from './artifact-store-encryption.js';

ruleTests(artifactStoreEncryption, {
  valid: [
    { name: 'KMS key set', pipeline: pipeline() },
    {
      name: 'Region stores with keys',
      pipeline: pipeline({
        artifactStore: undefined,
        artifactStores: { 'us-east-1': { type: 'S3', location: 'b', encryptionKey: { id: 'k', type: 'KMS' } } },
      }),
    },
  ],
  invalid: [
    {
      name: 'no key',
      pipeline: pipeline({ artifactStore: { type: 'S3', location: 'bucket' } }),
      diagnostics: [{ path: '/artifactStore/encryptionKey' }],
    },
    {
      name: 'Region store without key',
      pipeline: pipeline({ artifactStore: undefined, artifactStores: { 'eu-west-1': { type: 'S3', location: 'b' } } }),
      diagnostics: [{ path: '/artifactStores/eu-west-1/encryptionKey' }],
    },
  ],
});
