import { knownConfigKeys, type ProviderSpec } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

/** Known keys of one catalogue entry, listed once per validate() call. */
interface KnownKeys {
  list: string[];
  set: Set<string>;
  /**
   * The last key list found all known. Actions of one provider mostly repeat the same keys,
   * and comparing two short lists (of interned key strings) is cheaper than a look-up per key.
   */
  lastKnown: readonly string[];
}
function keysOf(knownKeys: Map<ProviderSpec, KnownKeys>, spec: ProviderSpec): KnownKeys {
  let keys = knownKeys.get(spec);
  if (!keys) {
    const list = knownConfigKeys(spec);
    knownKeys.set(spec, (keys = { list, set: new Set(list), lastKnown: [] }));
  }
  return keys;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export const actionConfigUnknown: RuleModule = {
  id: 'action-config-unknown',
  severity: 'warning',
  scope: 'stage',
  description: 'Configuration keys are ones the provider takes.',
  docs: {
    what:
      'Reports a configuration key that the provider of an AWS or third-party action does not document. When the key ' +
      'matches a known key but for letter case, the fix renames it.',
    why: 'A misspelt key is silently ignored or rejected; either way the setting you meant does not apply.',
    fix: 'Correct the spelling (keys are case-sensitive) or remove the key.',
    rules: [],
    sources: ['action-providers.json requiredConfig/conditionalConfig/optionalConfig', 'rules.md section 10'],
    notes:
      'AWS docs list the keys but do not state that unknown keys are rejected, so this is a warning (an inference of ' +
      'rules.md section 10). Custom actions are skipped: their keys are registered per account.',
  },
  check({ index, report }) {
    const knownKeys = new Map<ProviderSpec, KnownKeys>();
    for (const action of index.actions) {
      const spec = action.spec;
      if (!spec || action.owner === 'Custom' || !action.configuration) continue; // an opaque map has none
      const keys = keysOf(knownKeys, spec);
      if (action.configKeys.length === 0 || sameKeys(action.configKeys, keys.lastKnown)) continue;
      const { list: known, set: knownSet } = keys;
      let allKnown = true;
      for (const key of action.configKeys) {
        if (knownSet.has(key)) continue;
        allKnown = false;
        const match = known.find((k) => k.toLowerCase() === key.toLowerCase());
        const { [key]: value, ...rest } = action.configuration;
        report({
          message: `Action ${q(action.name)} in stage ${q(action.stageName)}: ${action.provider} takes no configuration key ${q(key)}${match ? ` (did you mean '${match}'?)` : ''}.`,
          path: at(action.path, 'configuration', key),
          ...(match && {
            fix: {
              title: `Rename '${key}' to '${match}'`,
              edit: {
                kind: 'setField' as const,
                path: at(action.path, 'configuration'),
                value: { ...rest, [match]: value },
              },
            },
          }),
        });
      }
      if (allKnown) keys.lastKnown = action.configKeys;
    }
  },
};
