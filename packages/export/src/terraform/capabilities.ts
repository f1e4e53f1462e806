import type { Pipeline } from '@pipewright/model';
import type { ExportWarning } from '../types.js';

/** Versions checked in the provider's CHANGELOG; conditions by the pull request that added them. */
export function capabilityWarnings(pipeline: Pipeline): ExportWarning[] {
  const warnings: ExportWarning[] = [];
  if (pipeline.executionMode !== undefined) {
    warnings.push({
      code: 'terraform-provider-version',
      message: '`execution_mode` needs hashicorp/aws 5.38.0 or later.',
      path: '/executionMode',
    });
  }
  if (pipeline.triggers?.length) {
    warnings.push({
      code: 'terraform-provider-version',
      message: '`trigger` blocks need hashicorp/aws 5.39.0 or later.',
      path: '/triggers',
    });
  }
  pipeline.stages.forEach((stage, i) => {
    for (const key of ['beforeEntry', 'onSuccess', 'onFailure'] as const) {
      if (stage[key] === undefined) continue;
      warnings.push({
        code: 'terraform-provider-version',
        message:
          'Stage conditions (`before_entry`, `on_success`, `on_failure`) need a hashicorp/aws release that ' +
          'includes hashicorp/terraform-provider-aws#41663 (merged March 2025; check the provider CHANGELOG for the first version).',
        path: `/stages/${i}/${key}`,
      });
    }
  });
  return warnings;
}
