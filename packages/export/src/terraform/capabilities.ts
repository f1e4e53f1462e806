import type { Pipeline } from '@pipewright/model';
import type { ExportWarning } from '../types.js';

/**
 * What the AWS provider needs or says about a pipeline: minimum versions (checked in its
 * CHANGELOG; stage conditions by the pull request that added them) and its deprecations.
 */
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
  (pipeline.stages ?? []).forEach((stage, i) => {
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
    // Tolerates a broken pipeline (the editor exports what it holds).
    (stage.actions ?? []).forEach((action, j) => {
      if (action.actionTypeId?.owner === 'ThirdParty' && action.actionTypeId?.provider === 'GitHub') {
        warnings.push({
          code: 'terraform-provider-deprecation',
          message:
            'The AWS provider warns on every plan: "The CodePipeline GitHub version 1 action provider is deprecated." Consider a CodeStarSourceConnection source.',
          path: `/stages/${i}/actions/${j}/actionTypeId/provider`,
        });
      }
    });
  });
  return warnings;
}
