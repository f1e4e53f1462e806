import type { ProviderSpec } from '@pipewright/model';

/**
 * A per-catalogue-entry lookup into a table keyed by `category/owner/provider`, cached by the
 * entry's identity so no key string is built per action. Make one per validate() call (in a
 * rule's `check`): its cache is the call's, not the module's.
 */
export function byType<T>(table: Record<string, T>): (spec: ProviderSpec | undefined) => T | undefined {
  const cache = new Map<ProviderSpec, T | null>();
  return (spec) => {
    if (!spec) return undefined;
    let hit = cache.get(spec);
    if (hit === undefined) {
      hit = table[`${spec.category}/${spec.owner}/${spec.provider}`] ?? null;
      cache.set(spec, hit);
    }
    return hit ?? undefined;
  };
}
