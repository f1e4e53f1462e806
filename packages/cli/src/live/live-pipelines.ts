/*
 * The account's pipelines as the live commands see them. The implementation (sdk-pipelines.ts)
 * is loaded by connect.ts on the first live command.
 */

/** One row of ListPipelines. */
export interface LivePipelineSummary {
  name: string;
  pipelineType?: string;
  executionMode?: string;
  version?: number;
  created?: string;
  updated?: string;
}

/** GetPipeline's answer as `aws codepipeline get-pipeline` prints it (dates as ISO 8601 text). */
export interface LivePipeline {
  pipeline: Record<string, unknown> & { name: string; version?: number };
  metadata?: { pipelineArn?: string; created?: string; updated?: string; pollingDisabledAt?: string };
}

export interface LivePipelines {
  /** Every pipeline of the account and region, through all pages. */
  list(): Promise<LivePipelineSummary[]>;
  /** The pipeline, or undefined when the account has none by that name. */
  get(name: string): Promise<LivePipeline | undefined>;
  /** CreatePipeline; returns the new pipeline's version. */
  create(pipeline: Record<string, unknown>): Promise<number | undefined>;
  /** UpdatePipeline; returns the new version. */
  update(pipeline: Record<string, unknown>): Promise<number | undefined>;
}
