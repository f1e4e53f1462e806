import { formatPointer } from '../pointer/json-pointer.js';
import type { Pipeline } from '../schema/pipeline.js';

/*
 * `get-pipeline` never returns a secret configuration value (an OAuthToken, a webhook
 * SecretToken, a ClientToken): it writes a run of asterisks, `****`, in its place. A pipeline
 * read from get-pipeline output (an import, `pipewright pull`) therefore holds masks, not
 * values; anything that writes such a pipeline out again must say so, naming each one, or the
 * user deploys `****` as a token. This is the one place that tells a mask from a value.
 */

const MASK = /^\*{3,}$/;

/** Is this value the mask get-pipeline writes in place of a secret? */
export function isMaskedSecret(value: unknown): value is string {
  return typeof value === 'string' && MASK.test(value);
}

/** A masked configuration value: where it is and whose it is. */
export interface MaskedSecret {
  /** JSON pointer into the pipeline declaration, e.g. `/stages/0/actions/0/configuration/OAuthToken`. */
  path: string;
  /** The configuration key (`OAuthToken`). */
  key: string;
  /** Stage name, and the action's or condition rule's name, when literal. */
  stage?: string;
  owner?: string;
}

const name = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function configurationMasks(
  configuration: unknown,
  segments: (string | number)[],
  stage: string | undefined,
  owner: string | undefined,
  found: MaskedSecret[],
): void {
  if (typeof configuration !== 'object' || configuration === null || Array.isArray(configuration)) return;
  for (const [key, value] of Object.entries(configuration)) {
    if (!isMaskedSecret(value)) continue;
    found.push({
      path: formatPointer([...segments, 'configuration', key]),
      key,
      ...(stage !== undefined ? { stage } : {}),
      ...(owner !== undefined ? { owner } : {}),
    });
  }
}

/** Every masked configuration value of the pipeline (actions, then each stage's condition rules), in document order. */
export function findMaskedSecrets(pipeline: Pipeline): MaskedSecret[] {
  const found: MaskedSecret[] = [];
  (pipeline.stages ?? []).forEach((stage, s) => {
    const stageName = name(stage.name);
    (stage.actions ?? []).forEach((action, a) => {
      configurationMasks(action.configuration, ['stages', s, 'actions', a], stageName, name(action.name), found);
    });
    for (const kind of ['beforeEntry', 'onSuccess', 'onFailure'] as const) {
      (stage[kind]?.conditions ?? []).forEach((condition, c) => {
        (condition.rules ?? []).forEach((rule, r) => {
          const at = ['stages', s, kind, 'conditions', c, 'rules', r];
          configurationMasks(rule.configuration, at, stageName, name(rule.name), found);
        });
      });
    }
  });
  return found;
}
