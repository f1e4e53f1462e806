import type { CfnToTsContext } from '../cfn-to-ts.js';

/** What every L2 writer reads: the emit context, artifact variables and imported-resource ids. */
export interface L2Scope {
  ctx: CfnToTsContext;
  /** Artifact name -> variable holding its `codepipeline.Artifact`. */
  artifacts: Map<string, string>;
  /** Unique construct ids and variable names for imported resources (projects, roles). */
  importedId: (base: string) => string;
}
