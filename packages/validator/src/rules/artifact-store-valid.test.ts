import { pipeline } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { artifactStoreValid } from './artifact-store-valid.js';

ruleTests(artifactStoreValid, {
  valid: [
    { name: 'S3 with KMS', pipeline: pipeline() },
    {
      name: 'stores per Region',
      pipeline: pipeline({
        artifactStore: undefined,
        artifactStores: { 'us-east-1': { type: 'S3', location: 'a.b-c' } },
      }),
    },
  ],
  invalid: [
    {
      name: 'folder path as location',
      pipeline: pipeline({ artifactStore: { type: 'S3', location: 'bucket/folder' } }),
      diagnostics: [{ path: '/artifactStore/location' }],
    },
    {
      name: 'location too short',
      pipeline: pipeline({ artifactStore: { type: 'S3', location: 'ab' } }),
      diagnostics: [{ path: '/artifactStore/location' }],
    },
    {
      name: 'wrong type',
      pipeline: pipeline({ artifactStore: { type: 'GCS' as never, location: 'bucket' } }),
      diagnostics: [{ path: '/artifactStore/type', fix: true }],
    },
    {
      name: 'region in artifactStore (not an API member)',
      pipeline: pipeline({ artifactStore: { type: 'S3', location: 'bucket', region: 'eu-west-2' } as never }),
      diagnostics: [{ path: '/artifactStore/region', fix: true }],
    },
    {
      name: 'unknown member in a Region store',
      pipeline: pipeline({
        artifactStore: undefined,
        artifactStores: { 'us-east-1': { type: 'S3', location: 'bucket', bucketOwner: 'me' } as never },
      }),
      diagnostics: [{ path: '/artifactStores/us-east-1/bucketOwner', fix: true }],
    },
    {
      name: 'bad key in a Region store',
      pipeline: pipeline({
        artifactStore: undefined,
        artifactStores: {
          'us-east-1': { type: 'S3', location: 'bucket', encryptionKey: { id: '', type: 'AES' as never } },
        },
      }),
      diagnostics: [
        { path: '/artifactStores/us-east-1/encryptionKey/id' },
        { path: '/artifactStores/us-east-1/encryptionKey/type', fix: true },
      ],
    },
  ],
});
