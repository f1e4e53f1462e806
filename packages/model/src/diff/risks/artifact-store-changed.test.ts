import { ACCOUNT, OTHER_ACCOUNT, actionAt, edited, release, role } from '../../../test/diff/fixtures.js';
import { riskTests } from '../../../test/diff/risk-tester.js';
import { artifactStoreChanged } from './artifact-store-changed.js';

const base = release();
void ACCOUNT;
void OTHER_ACCOUNT;
void role;
void actionAt;

riskTests(artifactStoreChanged, {
  clean: [
    { name: 'no change', old: base, new: release() },
    {
      name: 'only the key changes',
      old: base,
      new: edited(base, (p) => (p.artifactStore!.encryptionKey!.id = 'alias/other')),
    },
  ],
  flagged: [
    {
      name: 'another bucket',
      old: base,
      new: edited(base, (p) => (p.artifactStore!.location = 'other-bucket')),
      findings: [{ oldPath: '/artifactStore/location', newPath: '/artifactStore/location' }],
    },
    {
      name: 'a Region store added',
      old: edited(base, (p) => {
        delete p.artifactStore;
        p.artifactStores = { 'us-east-1': { type: 'S3', location: 'a' } };
      }),
      new: edited(base, (p) => {
        delete p.artifactStore;
        p.artifactStores = { 'us-east-1': { type: 'S3', location: 'a' }, 'eu-west-1': { type: 'S3', location: 'b' } };
      }),
      findings: [{ newPath: '/artifactStores/eu-west-1' }],
    },
  ],
});
