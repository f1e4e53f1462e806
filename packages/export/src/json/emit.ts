import type { ExportPlan, ExportResult } from '../types.js';

/**
 * The `create-pipeline` input (`{ "pipeline": ... }`) as `aws codepipeline create-pipeline
 * --cli-input-json` takes it. It keeps what it was given: secrets stay as they are; opaque
 * values (which the API cannot hold) are the plan's placeholders.
 */
export function emitJson(plan: ExportPlan): ExportResult {
  const fileName = `${plan.resourceLabel.replace(/_/g, '-')}.json`;
  return { text: JSON.stringify({ pipeline: plan.pipeline }, null, 2) + '\n', fileName, warnings: [] };
}
