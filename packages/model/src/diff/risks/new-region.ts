import { escapePointerSegment } from '../../text/pointer-segment.js';
import type { Pipeline } from '../../schema/pipeline.js';
import type { RiskNote } from '../types.js';
import { changeIndices, overlaps } from './helpers.js';

/** Each Region the declaration names (action regions, artifact store regions), with its first pointer. */
function regions(pipeline: Pipeline): Map<string, string> {
  const found = new Map<string, string>();
  const add = (region: unknown, path: string) => {
    if (typeof region === 'string' && !found.has(region)) found.set(region, path);
  };
  const stores = pipeline.artifactStores;
  if (stores && typeof stores === 'object')
    for (const region of Object.keys(stores)) add(region, `/artifactStores/${escapePointerSegment(region)}`);
  (Array.isArray(pipeline.stages) ? pipeline.stages : []).forEach((stage, s) =>
    (Array.isArray(stage?.actions) ? stage.actions : []).forEach((action, a) =>
      add(action?.region, `/stages/${s}/actions/${a}/region`),
    ),
  );
  return found;
}

export const newRegion: RiskNote = {
  id: 'new-region',
  severity: 'medium',
  description: 'An AWS Region appears that the old version did not use.',
  docs: {
    what: 'Reports each Region of an action or an artifact store in the new version that the old version does not use.',
    why: 'A cross-Region action needs an artifact store (and key) in that Region, and deploys where the old pipeline did not.',
    review: 'Check the Region is intended and that it has its artifact store and KMS key.',
    sources: ['AWS CodePipeline User Guide: Add a cross-Region action in CodePipeline'],
  },
  check(context) {
    const before = regions(context.old);
    for (const [region, path] of regions(context.new)) {
      if (before.has(region)) continue;
      const about = changeIndices(context, (c) => overlaps(c.newPath, path));
      context.report({ message: `Region ${region} is used for the first time.`, newPath: path }, about);
    }
  },
};
