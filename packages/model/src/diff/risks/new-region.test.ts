import { ACCOUNT, OTHER_ACCOUNT, actionAt, edited, release, role } from '../../../test/diff/fixtures.js';
import { riskTests } from '../../../test/diff/risk-tester.js';
import { newRegion } from './new-region.js';

const base = release();
void ACCOUNT;
void OTHER_ACCOUNT;
void role;

const crossRegion = edited(base, (p) => {
  delete p.artifactStore;
  p.artifactStores = {
    'us-east-1': { type: 'S3', location: 'a' },
    'eu-west-1': { type: 'S3', location: 'b' },
  };
  actionAt(p, 2, 0).region = 'eu-west-1';
});

riskTests(newRegion, {
  clean: [
    { name: 'no change', old: base, new: release() },
    {
      name: 'an action region already used',
      old: crossRegion,
      new: edited(crossRegion, (p) => (actionAt(p, 3, 1).region = 'eu-west-1')),
    },
  ],
  flagged: [
    {
      name: 'a cross-Region store and action',
      old: base,
      new: crossRegion,
      findings: [{ newPath: '/artifactStores/us-east-1' }, { newPath: '/artifactStores/eu-west-1' }],
    },
    {
      name: 'an action in a new Region',
      old: crossRegion,
      new: edited(crossRegion, (p) => (actionAt(p, 3, 1).region = 'ap-south-1')),
      findings: [{ newPath: '/stages/3/actions/1/region' }],
    },
  ],
});
