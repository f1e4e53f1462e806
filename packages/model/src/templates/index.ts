import { blank } from './blank.js';
import { blueGreen } from './blue-green.js';
import { container } from './container.js';
import { featureBranch } from './feature-branch.js';
import { gitops } from './gitops.js';
import { multiAccount } from './multi-account.js';
import { secureScanning } from './secure-scanning.js';
import { standardCicd } from './standard-cicd.js';
import type { PipelineTemplate } from './types.js';

export type { PipelineTemplate } from './types.js';
export { PLACEHOLDER_MARKER, hasPlaceholder, placeholder } from './placeholders.js';

/** The blank pipeline, then the design's seven patterns in the design's order. */
export const templates: readonly PipelineTemplate[] = [
  blank,
  standardCicd,
  blueGreen,
  multiAccount,
  container,
  featureBranch,
  gitops,
  secureScanning,
];
