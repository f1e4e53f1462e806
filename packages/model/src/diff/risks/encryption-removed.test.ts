import { ACCOUNT, OTHER_ACCOUNT, actionAt, edited, release, role } from '../../../test/diff/fixtures.js';
import { riskTests } from '../../../test/diff/risk-tester.js';
import { encryptionRemoved } from './encryption-removed.js';

const base = release();
void ACCOUNT;
void OTHER_ACCOUNT;
void role;
void actionAt;

riskTests(encryptionRemoved, {
  clean: [
    { name: 'no change', old: base, new: release() },
    { name: 'another key', old: base, new: edited(base, (p) => (p.artifactStore!.encryptionKey!.id = 'alias/x')) },
  ],
  flagged: [
    {
      name: 'the key is removed',
      old: base,
      new: edited(base, (p) => delete p.artifactStore!.encryptionKey),
      findings: [{ oldPath: '/artifactStore/encryptionKey' }],
    },
    {
      name: "a Region store's key is removed",
      old: edited(base, (p) => {
        p.artifactStores = { 'us-east-1': { ...p.artifactStore! } };
        delete p.artifactStore;
      }),
      new: edited(base, (p) => {
        p.artifactStores = { 'us-east-1': { type: 'S3', location: 'release-artifacts' } };
        delete p.artifactStore;
      }),
      findings: [{ oldPath: '/artifactStores/us-east-1/encryptionKey' }],
    },
  ],
});
