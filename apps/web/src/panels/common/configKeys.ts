import type { ActionTypeId, ProviderSpec } from '@pipewright/model';

/*
 * Human descriptions of provider configuration keys, for the inspector's
 * labelled fields and the JSON view's hover. The model's
 * `configKeyDescription(typeId, key)` is the source (not exported yet: until
 * it is, keys show only whether they are required); this module is the one
 * place the panels reach it.
 */
export function describeConfigKey(_typeId: ActionTypeId, _key: string): string | undefined {
  return undefined;
}

/** The description of a catalogue entry's key (the JSON schema works from catalogue entries). */
export function configKeyHelp(spec: ProviderSpec, key: string): string | undefined {
  return describeConfigKey(
    {
      category: spec.category as ActionTypeId['category'],
      owner: spec.owner as ActionTypeId['owner'],
      provider: spec.provider,
      version: spec.version,
    },
    key,
  );
}
