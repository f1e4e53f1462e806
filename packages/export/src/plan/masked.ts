import { findMaskedSecrets, type Pipeline } from '@pipewright/model';
import type { ExportTarget, ExportWarning, SecretParam } from '../types.js';

/**
 * A `****` from get-pipeline output is not the secret, only its mask: each one gets a warning
 * naming it, on every target, so nobody deploys the asterisks as a token. Where the plan lifted
 * the value into a parameter, the warning says which one to supply.
 */
export function maskedSecretWarnings(
  pipeline: Pipeline,
  target: ExportTarget,
  secrets: SecretParam[],
): ExportWarning[] {
  return findMaskedSecrets(pipeline).map((masked) => {
    const owner = masked.owner !== undefined ? ` of "${masked.owner}"` : '';
    const stage = masked.stage !== undefined ? ` in stage "${masked.stage}"` : '';
    const lifted = secrets.find((s) => s.path === masked.path);
    const todo = lifted
      ? `supply the real value as the parameter ${lifted.paramName}`
      : target === 'json'
        ? 'replace it with the real value before running create-pipeline'
        : 'replace it with the real value before deploying';
    return {
      code: 'masked-secret',
      message: `${masked.key}${owner}${stage} is masked (****) as get-pipeline returns secrets: the file does not hold the value; ${todo}.`,
      path: masked.path,
    };
  });
}
