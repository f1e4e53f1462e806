import { z } from 'zod';
import data from './providers.generated.json' with { type: 'json' };
import type { ActionTypeId } from '../schema/pipeline.js';
import { literal } from '../schema/opaque.js';
import { quickAcceptor } from '../schema/quick-accept.js';

const Bounds = z.object({ min: z.number(), max: z.number() });

/** Whether AWS still runs and recommends the action type (scripts/catalogue-supplement.ts). */
export const Lifecycle = z.object({
  status: z.enum(['current', 'not-recommended', 'disabled']),
  /** ISO date the status took effect, when AWS states one. */
  since: z.string().optional(),
  note: z.string().optional(),
  /** What to use instead. */
  migration: z.string().optional(),
  sources: z.array(z.string()),
});
export type Lifecycle = z.infer<typeof Lifecycle>;

/** One action type of the catalogue: artifact bounds, configuration keys, output variables. */
export const ProviderSpec = z.object({
  /** `*` matches any category (the generic Custom entry). */
  category: z.string(),
  owner: z.string(),
  provider: z.string(),
  /** `<as registered>` for custom action types, whose version is the user's own. */
  version: z.string(),
  inputArtifacts: Bounds,
  outputArtifacts: Bounds,
  requiredConfig: z.array(z.string()),
  conditionalConfig: z.array(z.object({ key: z.string(), when: z.string() })),
  optionalConfig: z.array(z.string()),
  outputVariables: z.array(z.string()),
  /** Set when the action emits variables whose names are not known in advance. */
  dynamicOutputVariables: z.string().nullable(),
  v2Only: z.boolean(),
  notes: z.string(),
  uncertain: z.array(z.string()),
  sources: z.array(z.string()),
  lifecycle: Lifecycle,
  /** Where the entry's facts were confirmed: the reference, and any check made beyond it. */
  confirmed: z.array(z.string()),
});
export type ProviderSpec = z.infer<typeof ProviderSpec>;

const Catalogue = z.array(ProviderSpec);
// The generated data as is when it matches (zod's first parse builds its parsers: every process
// start and page load paid ~5 ms for it); zod's parse, which throws and says why, when not.
export const catalogue: readonly ProviderSpec[] = quickAcceptor(Catalogue)(data.providers)
  ? (data.providers as ProviderSpec[])
  : Catalogue.parse(data.providers);

const ANY_VERSION = '<as registered>';

function key(category: string, owner: string, provider: string, version: string): string {
  return `${category}/${owner}/${provider}/${version}`;
}

const exact = new Map(catalogue.map((p) => [key(p.category, p.owner, p.provider, p.version), p]));

/**
 * The catalogue entry for an action type, or undefined when the type is unknown
 * or any part of it is opaque. Custom owners match their registered entry, then the
 * generic `Custom` one.
 */
export function lookupProvider(typeId: ActionTypeId): ProviderSpec | undefined {
  const category = literal(typeId.category);
  const owner = literal(typeId.owner);
  const provider = literal(typeId.provider);
  const version = literal(typeId.version);
  if (!category || !owner || !provider || !version) return undefined;
  return (
    exact.get(key(category, owner, provider, version)) ??
    (owner === 'Custom'
      ? (exact.get(key(category, owner, provider, ANY_VERSION)) ?? exact.get(key('*', 'Custom', '*', ANY_VERSION)))
      : undefined)
  );
}

/** Every configuration key the provider takes (required, conditional and optional). */
export function knownConfigKeys(spec: ProviderSpec): string[] {
  return [
    ...spec.requiredConfig,
    ...spec.conditionalConfig.map((c) => c.key).filter((k) => !k.startsWith('<')),
    ...spec.optionalConfig,
  ];
}

/** True for action types AWS disabled or no longer recommends: the palette shows them only when searched for. */
export function isRetired(spec: ProviderSpec): boolean {
  return spec.lifecycle.status !== 'current';
}

/** Concrete catalogue entries a user can place (the palette): excludes the generic Custom wildcard. */
export function placeableProviders(): ProviderSpec[] {
  return catalogue.filter((p) => p.category !== '*');
}
