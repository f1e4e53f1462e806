import type { ExportPlan, ExportResult } from '../types.js';
import { buildTemplate } from './template.js';
import { writeCfnYaml } from './yaml-writer.js';

function baseName(plan: ExportPlan): string {
  return plan.resourceLabel.replace(/_/g, '-');
}

/** CloudFormation template in YAML, short-form intrinsics. */
export function emitCloudFormation(plan: ExportPlan): ExportResult {
  const { template, warnings } = buildTemplate(plan);
  return { text: writeCfnYaml(template), fileName: `${baseName(plan)}.template.yaml`, warnings };
}

/** CloudFormation template in JSON. */
export function emitCloudFormationJson(plan: ExportPlan): ExportResult {
  const { template, warnings } = buildTemplate(plan);
  return { text: JSON.stringify(template, null, 2) + '\n', fileName: `${baseName(plan)}.template.json`, warnings };
}

export { buildTemplate } from './template.js';
export { toCfnProperties } from './to-cfn.js';
export { writeCfnYaml, isSafePlain } from './yaml-writer.js';
