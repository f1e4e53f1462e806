import { configKeyDescription, type ActionTypeId, type ProviderSpec } from '@pipewright/model';

/*
 * Human descriptions of provider configuration keys, for the inspector's
 * labelled fields and the JSON view's hover: the model's configKeyDescription.
 */
export function describeConfigKey(typeId: ActionTypeId, key: string): string | undefined {
  return configKeyDescription(typeId, key);
}

/** The description of a catalogue entry's key (the JSON schema works from catalogue entries). */
export function configKeyHelp(spec: ProviderSpec, key: string): string | undefined {
  return configKeyDescription(
    {
      category: spec.category as ActionTypeId['category'],
      owner: spec.owner as ActionTypeId['owner'],
      provider: spec.provider,
      version: spec.version,
    },
    key,
  );
}
