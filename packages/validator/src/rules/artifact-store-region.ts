import { isOpaque } from '@pipewright/model';
import type { ActionEntry } from '../pipeline-index.js';
import { actionLabel } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { at, q, record } from '../values.js';

/** The pipeline Region: given by the caller, else the Region a single-store pipeline's actions state (sources first). */
function pipelineRegion(actions: ActionEntry[], single: boolean, given: string | undefined): string | undefined {
  if (given) return given;
  if (!single) return undefined;
  return actions.find((a) => a.category === 'Source' && a.region)?.region ?? actions.find((a) => a.region)?.region;
}

export const artifactStoreRegion: RuleModule = {
  id: 'artifact-store-region',
  severity: 'error',
  completeness: 'subtree',
  description:
    'Exactly one of artifactStore / artifactStores; a store for every action Region; no cross-Region source, third-party or custom actions.',
  docs: {
    what:
      'Reports a pipeline with both or neither of `artifactStore` and `artifactStores`; an action in another Region ' +
      'while the pipeline has a single `artifactStore`; an action Region (and the pipeline Region, when known) without an ' +
      'entry in `artifactStores`; and a cross-Region source, third-party or custom action.',
    why:
      'API: "You must include either artifactStore or artifactStores in your pipeline, but you cannot use both. If you ' +
      'create a cross-region action in your pipeline, you must use artifactStores." and "There must be an artifact store ' +
      'for the pipeline Region and for each cross-region action". Source, third-party and custom actions cannot be cross-Region.',
    fix: 'Keep one of the two fields; add an `artifactStores` entry per Region; run source actions in the pipeline Region.',
    rules: ['R39', 'R55', 'R56', 'R57'],
    sources: [
      'API PipelineDeclaration.artifactStore/artifactStores',
      'DOC pipeline-requirements',
      'DOC action-requirements region',
      'CFNP requiredXor',
      'CDK SourceActionMustBeSameRegion',
      'TF artifact_store region messages',
    ],
    notes:
      'The declaration does not state the pipeline Region. Pass `region` in the options (the CLI takes it from the ' +
      'get-pipeline ARN) to check the pipeline Region itself; otherwise a single-store pipeline takes the Region its ' +
      'actions state. R57 (each bucket lives in its Region) cannot be checked without AWS access.',
  },
  check({ pipeline, index, options, report }) {
    const p = record(pipeline) ?? {};
    const hasSingle = p.artifactStore !== undefined;
    const hasMap = p.artifactStores !== undefined;
    if (hasSingle && hasMap)
      report({
        message: 'Pipeline has both artifactStore and artifactStores; use only one.',
        path: '/artifactStores',
        related: ['/artifactStore'],
      });
    if (!hasSingle && !hasMap)
      report({
        message: 'Pipeline has neither artifactStore nor artifactStores; one is required.',
        path: '/artifactStore',
      });
    if (isOpaque(p.artifactStores)) return;
    const stores = record(p.artifactStores);
    const home = pipelineRegion(index.actions, hasSingle && !hasMap, options.region);
    if (stores && home && !(home in stores))
      report({ message: `artifactStores has no store for the pipeline Region ${q(home)}.`, path: '/artifactStores' });
    for (const action of index.actions) {
      if (!action.region) continue;
      const path = at(action.path, 'region');
      const crossRegion = home !== undefined && action.region !== home;
      if (crossRegion && (action.category === 'Source' || action.owner === 'ThirdParty' || action.owner === 'Custom')) {
        const kind = action.category === 'Source' ? 'source' : action.owner === 'Custom' ? 'custom' : 'third-party';
        report({
          message: `${actionLabel(action)} runs in ${q(action.region)}, but ${kind} actions must run in the pipeline Region ${q(home)}.`,
          path,
        });
      } else if (stores && !(action.region in stores)) {
        report({
          message: `${actionLabel(action)} runs in ${q(action.region)}, which has no entry in artifactStores.`,
          path,
        });
      } else if (!stores && crossRegion && hasSingle) {
        report({
          message: `${actionLabel(action)} runs in ${q(action.region)}, outside the pipeline Region ${q(home)}; cross-Region actions need artifactStores.`,
          path,
        });
      }
    }
  },
};
