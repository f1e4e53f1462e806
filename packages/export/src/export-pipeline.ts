import type { Pipeline } from '@pipewright/model';
import { planExport } from './plan/index.js';
import { emitJson } from './json/emit.js';
import { emitCloudFormation, emitCloudFormationJson } from './cloudformation/index.js';
import { emitCdk } from './cdk/index.js';
import { emitTerraform, emitTerraformJson } from './terraform/index.js';
import type { ExportOptions, ExportPlan, ExportResult, ExportTarget } from './types.js';

const EMITTERS: Record<ExportTarget, (plan: ExportPlan) => ExportResult> = {
  terraform: emitTerraform,
  'terraform-json': emitTerraformJson,
  cdk: emitCdk,
  cloudformation: emitCloudFormation,
  'cloudformation-json': emitCloudFormationJson,
  json: emitJson,
};

/** Writes `pipeline` in `target`'s format. Warnings list everything the target could not express as given. */
export function exportPipeline(pipeline: Pipeline, target: ExportTarget, options: ExportOptions = {}): ExportResult {
  const plan = planExport(pipeline, { ...options, target });
  const result = EMITTERS[target](plan);
  return { ...result, warnings: [...plan.warnings, ...result.warnings] };
}
