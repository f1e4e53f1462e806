import type { Pipeline } from '../schema/pipeline.js';

/** A starting point for a new pipeline: one of the design's patterns, or a blank one. */
export interface PipelineTemplate {
  /** Stable kebab-case id (used in URLs, golden file folders and the CLI). */
  id: string;
  title: string;
  /** One or two sentences: what the pattern is for and what the user must fill in. */
  description: string;
  pipeline: Pipeline;
}
