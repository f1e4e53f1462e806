import type { ActionTypeId } from '@pipewright/model';

/*
 * Human descriptions of provider configuration keys for the inspector. The
 * model's `configKeyDescription(typeId, key)` is the source; this module is
 * the one place the panels reach it.
 */
export function describeConfigKey(_typeId: ActionTypeId, _key: string): string | undefined {
  return undefined;
}
