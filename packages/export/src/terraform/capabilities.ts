import type { Action, Pipeline } from '@pipewright/model';
import type { ExportWarning } from '../types.js';

/*
 * What the AWS provider needs or says about a pipeline: the provider version each feature needs
 * (checked in its CHANGELOG, or by the pull request that added it where the first release was
 * not checked) and its deprecations, in the provider's own words.
 */

/** hashicorp/terraform-provider-aws#42507: `commands`, `output_variables`, `output_artifacts_for_compute_action`. */
const COMPUTE_FIELDS_VERSION =
  'a hashicorp/aws release with hashicorp/terraform-provider-aws#42507 (6.62.0 has it; the first release with it was not checked)';

/** The provider's deprecation text for GitHub version 1 (internal/service/codepipeline, pipelineValidateActionProvider). */
export const GITHUB_V1_PROVIDER_WARNING = 'The CodePipeline GitHub version 1 action provider is no longer recommended.';

/** The resource-level `region` argument (kept from an import) came with the provider's Enhanced Region Support. */
export const RESOURCE_REGION_WARNING: ExportWarning = {
  code: 'terraform-provider-version',
  message: 'The resource-level `region` argument needs hashicorp/aws 6.0.0 or later.',
  path: '',
};

function computeFieldWarnings(action: Action, at: string): ExportWarning[] {
  const warnings: ExportWarning[] = [];
  const need = (argument: string, path: string) =>
    warnings.push({
      code: 'terraform-provider-version',
      message: `${argument} needs ${COMPUTE_FIELDS_VERSION}.`,
      path,
    });
  if (action.commands !== undefined) need('The action `commands` argument', `${at}/commands`);
  if (action.outputVariables !== undefined) need('The action `output_variables` argument', `${at}/outputVariables`);
  if (action.actionTypeId?.category === 'Compute' && action.outputArtifacts?.length)
    need('`output_artifacts_for_compute_action` (the outputs of a Compute action)', `${at}/outputArtifacts`);
  return warnings;
}

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
          'Stage conditions (`before_entry`, `on_success`, `on_failure`) need a hashicorp/aws release with ' +
          'hashicorp/terraform-provider-aws#41663 (merged March 2025, so every 6.x release has it; the first 5.x release with it was not checked).',
        path: `/stages/${i}/${key}`,
      });
    }
    // Tolerates a broken pipeline (the editor exports what it holds).
    (stage.actions ?? []).forEach((action, j) => {
      const at = `/stages/${i}/actions/${j}`;
      if (action && typeof action === 'object') warnings.push(...computeFieldWarnings(action, at));
      if (action?.actionTypeId?.owner === 'ThirdParty' && action?.actionTypeId?.provider === 'GitHub') {
        warnings.push({
          code: 'terraform-provider-deprecation',
          message: `The AWS provider warns on every plan: "${GITHUB_V1_PROVIDER_WARNING}" Use a CodeStarSourceConnection source (GitHub version 2) instead.`,
          path: `${at}/actionTypeId/provider`,
        });
      }
    });
  });
  return warnings;
}
