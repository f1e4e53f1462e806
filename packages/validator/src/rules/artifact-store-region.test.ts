import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { artifactStoreRegion } from './artifact-store-region.js';

const stores = {
  'us-east-1': { type: 'S3' as const, location: 'east' },
  'us-west-2': { type: 'S3' as const, location: 'west' },
};
const regional = (sourceRegion: string | undefined, buildRegion: string, extra = {}) =>
  pipeline({
    stages: [
      stage('Source', source('Source', 'SourceOutput', sourceRegion ? { region: sourceRegion } : {})),
      stage('Build', build('Build', ['SourceOutput'], [], { region: buildRegion })),
    ],
    ...extra,
  });

ruleTests(artifactStoreRegion, {
  valid: [
    { name: 'single store, no regions', pipeline: pipeline() },
    { name: 'single store, every action in one Region (get-pipeline)', pipeline: regional('us-east-1', 'us-east-1') },
    {
      name: 'cross-Region build with a store per Region (CDK P2)',
      pipeline: regional(undefined, 'us-west-2', { artifactStore: undefined, artifactStores: stores }),
    },
  ],
  invalid: [
    {
      name: 'neither store',
      pipeline: pipeline({ artifactStore: undefined }),
      diagnostics: [{ path: '/artifactStore' }],
    },
    {
      name: 'both stores',
      pipeline: pipeline({ artifactStores: stores }),
      diagnostics: [{ path: '/artifactStores', related: ['/artifactStore'] }],
    },
    {
      name: 'cross-Region action with a single store',
      pipeline: regional('us-east-1', 'us-west-2'),
      diagnostics: [{ path: '/stages/1/actions/0/region' }],
    },
    {
      name: 'Region without a store',
      pipeline: regional(undefined, 'eu-west-1', { artifactStore: undefined, artifactStores: stores }),
      diagnostics: [{ path: '/stages/1/actions/0/region' }],
    },
    {
      name: 'source in another Region (CDK P1, with the pipeline Region given)',
      pipeline: regional('ap-southeast-1', 'us-west-2', {
        artifactStore: undefined,
        artifactStores: { ...stores, 'ap-southeast-1': { type: 'S3', location: 'ap' } },
      }),
      options: { region: 'us-west-2' },
      diagnostics: [{ path: '/stages/0/actions/0/region' }],
    },
    {
      name: 'pipeline Region without a store',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('Build', ['SourceOutput'], [], { region: 'us-west-2' })),
      ),
      options: { region: 'eu-west-1' },
      diagnostics: [{ path: '/stages/1/actions/0/region' }],
    },
  ],
});
