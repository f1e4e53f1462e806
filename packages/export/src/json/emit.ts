import type { ExportPlan, ExportResult } from '../types.js';

/**
 * The `create-pipeline` input (`{ "pipeline": ... }`) as `aws codepipeline create-pipeline
 * --cli-input-json` takes it. It keeps what it was given: secrets stay as they are; opaque
 * values (which the API cannot hold) are the plan's placeholders.
 */
export function emitJson(plan: ExportPlan): ExportResult {
  const fileName = `${plan.resourceLabel.replace(/_/g, '-')}.json`;
  const tags = plan.extras?.kind === 'json' ? plan.extras.tags : undefined;
  const input = tags === undefined ? { pipeline: plan.pipeline } : { pipeline: plan.pipeline, tags };
  return { text: JSON.stringify(input, null, 2) + '\n', fileName, warnings: [] };
}
