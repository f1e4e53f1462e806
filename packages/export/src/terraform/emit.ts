import type { ExportPlan, ExportResult } from '../types.js';
import { terraformDocument } from './pipeline-blocks.js';
import { writeHcl } from './write-hcl.js';
import { writeJson } from './write-json.js';
import { jsonOrderWarnings } from './structure-blocks.js';

/** `terraform`: the pipeline as an `aws_codepipeline` resource in native HCL. */
export function emitTerraform(plan: ExportPlan): ExportResult {
  const document = terraformDocument(plan);
  return { text: writeHcl(document.items), fileName: `${document.label}.tf`, warnings: document.warnings };
}

/** `terraform-json`: the same document in Terraform's JSON syntax (`.tf.json`). */
export function emitTerraformJson(plan: ExportPlan): ExportResult {
  const document = terraformDocument(plan);
  return {
    text: writeJson(document.items),
    fileName: `${document.label}.tf.json`,
    warnings: [...document.warnings, ...jsonOrderWarnings(plan.pipeline.stages)],
  };
}
