import { ACCOUNT, OTHER_ACCOUNT, actionAt, edited, release, role } from '../../../test/diff/fixtures.js';
import { riskTests } from '../../../test/diff/risk-tester.js';
import { encryptionKeyChanged } from './encryption-key-changed.js';

const base = release();
void OTHER_ACCOUNT;
void role;
void actionAt;

const unencrypted = edited(base, (p) => delete p.artifactStore!.encryptionKey);

riskTests(encryptionKeyChanged, {
  clean: [
    { name: 'no change', old: base, new: release() },
    { name: 'the key is removed (encryption-removed says so)', old: base, new: unencrypted },
  ],
  flagged: [
    {
      name: 'another key',
      old: base,
      new: edited(base, (p) => (p.artifactStore!.encryptionKey!.id = `arn:aws:kms:us-east-1:${ACCOUNT}:key/other`)),
      findings: [{ oldPath: '/artifactStore/encryptionKey/id', newPath: '/artifactStore/encryptionKey/id' }],
    },
    {
      name: 'a key is set',
      old: unencrypted,
      new: base,
      findings: [{ newPath: '/artifactStore/encryptionKey' }],
    },
  ],
});
