import { displayValue, type Pipeline } from '@pipewright/model';
import type { ExportTarget, ExportWarning } from '../types.js';
import { isPlainObject, setOwn } from './own.js';

/*
 * `artifactStore.region` is not a member of the API's ArtifactStore (the AWS CLI refuses it; the
 * validator's artifact-store-valid reports it). The API's place for a store's Region is
 * `artifactStores`, keyed by Region, and CloudFormation's is `ArtifactStores` with `Region`:
 * there the store moves, with a warning. (Terraform's `region` argument is only for one block
 * per Region of a cross-region pipeline; its emitter leaves it out with its own warning.)
 */

export function moveStoreRegion(pipeline: Pipeline, target: ExportTarget): ExportWarning[] {
  if (target === 'terraform' || target === 'terraform-json') return [];
  const store = pipeline.artifactStore as Record<string, unknown> | undefined;
  if (!isPlainObject(store) || !Object.hasOwn(store, 'region') || store['region'] === undefined) return [];
  const region = store['region'];
  if (typeof region !== 'string' || pipeline.artifactStores !== undefined) {
    return [
      {
        code: 'artifact-store-region',
        message: `artifactStore.region (${displayValue(region)}) is not a member of the CodePipeline API: it is written as given and will be refused.`,
        path: '/artifactStore/region',
      },
    ];
  }
  const { region: _region, ...rest } = store;
  const stores: Record<string, unknown> = {};
  setOwn(stores, region, rest);
  const mutable = pipeline as Record<string, unknown>;
  delete mutable['artifactStore'];
  mutable['artifactStores'] = stores;
  return [
    {
      code: 'artifact-store-region',
      message: `artifactStore.region is not a member of the CodePipeline API: the store is written in artifactStores under ${region}, where the API keeps a store's Region. CodePipeline needs a store for the pipeline's own Region there: deploy the pipeline in ${region}, or add a store for its Region.`,
      path: '/artifactStore/region',
    },
  ];
}
