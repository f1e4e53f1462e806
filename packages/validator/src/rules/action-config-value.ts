import { CLOUDFORMATION_CAPABILITIES, CONFIG_VALUES, holdsVariableReference } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

/** Enumerated configuration values (the model's catalogue, which the forms offer too), by provider then key. */
const ENUMS = CONFIG_VALUES;
/**
 * Per provider: its fixed-value keys with their values, and the keys to look at (Capabilities
 * is a list, checked apart). A Map: looking a document's string up in an object's keys is slow.
 */
const BY_PROVIDER: ReadonlyMap<string, { enums: (typeof ENUMS)[string]; keys: string[] }> = new Map(
  Object.entries(ENUMS).map(([provider, enums]) => [
    provider,
    { enums, keys: provider === 'CloudFormation' ? [...Object.keys(enums), 'Capabilities'] : Object.keys(enums) },
  ]),
);
const CAPABILITY_LIST = CLOUDFORMATION_CAPABILITIES;
const CAPABILITIES: ReadonlySet<string> = new Set(CAPABILITY_LIST);

function isCapabilityAt(value: string, start: number, end: number): boolean {
  for (const c of CAPABILITY_LIST) if (c.length === end - start && value.startsWith(c, start)) return true;
  return false;
}

/** A comma-separated list of known capabilities, read in place (no split per action). */
function validCapabilities(value: string): boolean {
  let start = 0;
  for (;;) {
    const comma = value.indexOf(',', start);
    const end = comma < 0 ? value.length : comma;
    if (!isCapabilityAt(value, start, end)) return false;
    if (comma < 0) return true;
    start = comma + 1;
  }
}

export const actionConfigValue: RuleModule = {
  id: 'action-config-value',
  severity: 'error',
  scope: 'stage',
  description: 'Configuration values with a fixed set of values use one of them.',
  docs: {
    what:
      'Checks enumerated configuration values: CloudFormation `ActionMode` and `Capabilities` (comma-separated, no ' +
      'spaces), StackSet `PermissionModel`, Step Functions `InputType`, `OutputArtifactFormat`, `DetectChanges`, ' +
      '`PollForSourceChanges`, S3 deploy `Extract`, ECRBuildAndPublish `RegistryType`, EC2 `InstanceType`, InspectorScan ' +
      '`InspectorRunMode`. Values holding a `#{...}` variable are skipped: they are resolved at run time.',
    why: 'The action fails (or the API rejects the declaration) on a value it does not know; values are case-sensitive.',
    fix: 'Use one of the values listed in the message.',
    rules: [],
    sources: [
      'rules.md section 10 (enumerated values)',
      'AWS action reference pages',
      'DOC22 action-reference-CloudFormation (Capabilities)',
    ],
  },
  check({ index, report }) {
    for (const action of index.actions) {
      if (action.owner !== 'AWS' && action.owner !== 'ThirdParty') continue;
      const config = action.configuration;
      if (!config) continue;
      const fixed = action.provider === undefined ? undefined : BY_PROVIDER.get(action.provider);
      if (!fixed) continue;
      const { enums, keys } = fixed;
      // Walk the few keys with fixed values, not the whole configuration.
      for (const key of keys) {
        const value = config[key];
        // Empty: field-bounds says it is required (one empty field, one error).
        if (typeof value !== 'string' || value === '' || holdsVariableReference(value)) continue;
        const allowed = enums[key];
        if (allowed && !allowed.includes(value)) {
          const path = at(action.path, 'configuration', key);
          const match = allowed.find((v) => v.toLowerCase() === value.toLowerCase());
          report({
            message: `Action ${q(action.name)}: ${key} ${q(value)} is not one of ${allowed.join(', ')}.`,
            path,
            ...(match && { fix: { title: `Use '${match}'`, edit: { kind: 'setField' as const, path, value: match } } }),
          });
        }
        if (key === 'Capabilities' && action.provider === 'CloudFormation' && !validCapabilities(value))
          report({
            message: `Action ${q(action.name)}: Capabilities ${q(value)} must be a comma-separated list (no spaces) of ${[...CAPABILITIES].join(', ')}.`,
            path: at(action.path, 'configuration', key),
          });
      }
    }
  },
};
