import { isOpaque } from '@pipewright/model';
import { conditionRulesOf } from '../conditions.js';
import { actionLabel } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { at, list, q, record } from '../values.js';

const ENV_NAME = /^[A-Za-z0-9_]{1,128}$/;

/**
 * The size of a configuration map (keys plus values), or -1 when an entry is out of bounds or
 * not a string. The common case, with nothing to report, builds no path and no closure.
 */
function configSize(keys: readonly string[], values: readonly unknown[], maxValue: number): number {
  let size = 0;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const value = values[k];
    if (typeof value !== 'string' || key.length < 1 || key.length > 50 || value.length < 1 || value.length > maxValue)
      return -1;
    size += key.length + value.length;
  }
  return size;
}

/** Absent, opaque, or a string of 4-30 characters. */
function regionFits(value: unknown): boolean {
  if (value === undefined || isOpaque(value)) return true;
  return typeof value === 'string' && value.length >= 4 && value.length <= 30;
}

export const fieldBounds: RuleModule = {
  id: 'field-bounds',
  severity: 'error',
  scope: 'stage',
  description: 'Regions, configuration maps, environment variables and tags stay within the API bounds.',
  docs: {
    what:
      'Checks API bounds that have no rule of their own: action, rule and artifact-store regions 4-30 characters; ' +
      'configuration keys 1-50 characters and values 1-1000 (rules: 1-10000, at most 200 entries), all values strings; ' +
      'a whole action configuration at most 100 KB; action ' +
      '`environmentVariables` 1-10 items, names 1-128 of `A-Za-z0-9_`, values 1-2000, type PLAINTEXT or SECRETS_MANAGER ' +
      '(SECRETS_MANAGER only for Commands); pipeline tags at most 50, keys 1-128 and unique, values 0-256.',
    why: 'CodePipeline rejects declarations outside these bounds. Variable syntax counts towards the 1000-character limit.',
    fix: 'Shorten the value, write numbers and booleans as strings ("true"), or move long content into a file of an artifact.',
    rules: ['R10', 'R13', 'R14', 'R17', 'R28', 'R54'],
    sources: [
      'API AWSRegionName/ActionConfigurationMap/RuleConfigurationMap/EnvironmentVariable',
      'DOC22 limits.md',
      'DOC reference-variables',
      'DOC Commands',
      'CFN Tags',
    ],
    notes:
      'R28: CloudFormation `ParameterOverrides` (at most 1 KB) is covered by the 1000-character value limit; the ' +
      'artifact sizes of R28 (256 MB, 5 GB...) and the output-variable sizes of R54 belong to run-time data and cannot ' +
      'be checked on a declaration; the 100 KB configuration size of R54 is. The API types configuration ' +
      'values as strings although the cfn-lint patch allows objects; this rule follows the API.',
  },
  check({ pipeline, index, report }) {
    const region = (value: unknown, path: string, what: () => string) => {
      if (regionFits(value)) return;
      report({ message: `${what()} region ${q(value)} must be 4-30 characters.`, path });
    };
    /** Reports every bad entry of a configuration map and returns its size (the slow path, for maps `configSize` rejects). */
    const configMap = (
      config: Record<string, unknown>,
      keys: readonly string[],
      path: string,
      what: () => string,
      maxValue: number,
      /** An empty value another rule reports (one empty field, one error). */
      emptyReportedElsewhere: (key: string) => boolean = () => false,
    ) => {
      let size = 0;
      for (const key of keys) {
        const value = config[key];
        const keyPath = at(path, key);
        if (key.length < 1 || key.length > 50)
          report({ message: `${what()}: configuration key ${q(key)} must be 1-50 characters.`, path: keyPath });
        if (isOpaque(value)) continue;
        if (typeof value !== 'string') {
          const asText = typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
          report({
            message: `${what()}: configuration ${q(key)} must be a string, got ${q(value)}.`,
            path: keyPath,
            ...(asText !== undefined && {
              fix: {
                title: `Write it as "${asText}"`,
                edit: { kind: 'setField' as const, path: keyPath, value: asText },
              },
            }),
          });
          continue;
        }
        size += key.length + value.length;
        if (value.length < 1 && emptyReportedElsewhere(key)) continue;
        if (value.length < 1)
          report({ message: `${what()}: configuration ${q(key)} is required: it is empty.`, path: keyPath });
        else if (value.length > maxValue)
          report({
            message: `${what()}: configuration ${q(key)} is ${value.length} characters; it must be at most ${maxValue}.`,
            path: keyPath,
          });
      }
      return size;
    };
    for (const action of index.actions) {
      const actionRegion = action.raw.region;
      if (actionRegion !== undefined && !regionFits(actionRegion))
        region(actionRegion, at(action.path, 'region'), () => actionLabel(action));
      if (action.configuration) {
        let size = configSize(action.configKeys, action.configValues, 1000);
        if (size < 0)
          size = configMap(
            action.configuration,
            action.configKeys,
            at(action.path, 'configuration'),
            () => actionLabel(action),
            1000,
            // role-arn-format reports an empty CloudFormation RoleArn.
            (key) =>
              key === 'RoleArn' &&
              (action.provider === 'CloudFormation' || action.provider === 'CloudFormationStackSet'),
          );
        if (size > 100 * 1024)
          report({
            message: `${actionLabel(action)}: configuration is ${size} bytes; at most 100 KB.`,
            path: at(action.path, 'configuration'),
          });
      }
      const env = action.environmentVariables;
      if (env !== undefined && !isOpaque(env)) {
        const items = list(env);
        if (items.length < 1 || items.length > 10)
          report({
            message: `${actionLabel(action)} has ${items.length} environment variables; it needs 1-10 (omit the field when empty).`,
            path: at(action.path, 'environmentVariables'),
          });
        items.forEach((item, i) => {
          const variable = record(item) ?? {};
          const base = at(action.path, 'environmentVariables', i);
          const name = variable.name;
          if (!isOpaque(name) && (typeof name !== 'string' || !ENV_NAME.test(name)))
            report({
              message: `${actionLabel(action)}: environment variable name ${q(name)} must be 1-128 letters, digits or _.`,
              path: at(base, 'name'),
            });
          const value = variable.value;
          if (!isOpaque(value) && (typeof value !== 'string' || value.length < 1 || value.length > 2000))
            report({
              message: `${actionLabel(action)}: environment variable ${q(name)} value must be 1-2000 characters.`,
              path: at(base, 'value'),
            });
          const type = variable.type;
          if (type !== undefined && !isOpaque(type) && type !== 'PLAINTEXT' && type !== 'SECRETS_MANAGER')
            report({
              message: `${actionLabel(action)}: environment variable type ${q(type)} must be PLAINTEXT or SECRETS_MANAGER.`,
              path: at(base, 'type'),
            });
          if (type === 'SECRETS_MANAGER' && action.provider !== undefined && action.provider !== 'Commands')
            report({
              message: `${actionLabel(action)}: SECRETS_MANAGER environment variables are only supported by the Commands action.`,
              path: at(base, 'type'),
            });
        });
      }
    }
    for (const stage of index.stages)
      for (const rule of conditionRulesOf(stage)) {
        const what = () => `Rule ${q(rule.raw.name)} of stage ${q(stage.name)}`;
        region(rule.raw.region, at(rule.path, 'region'), what);
        const config = record(rule.raw.configuration);
        if (!config) continue;
        if (configSize(Object.keys(config), Object.values(config), 10000) < 0)
          configMap(config, Object.keys(config), at(rule.path, 'configuration'), what, 10000);
        if (Object.keys(config).length > 200)
          report({
            message: `${what()} has ${Object.keys(config).length} configuration entries; at most 200.`,
            path: at(rule.path, 'configuration'),
          });
      }
    const p = record(pipeline) ?? {};
    const stores = record(p.artifactStores);
    if (stores) for (const key in stores) region(key, at('/artifactStores', key), () => 'Artifact store');
    const tags = p.tags;
    if (Array.isArray(tags)) {
      if (tags.length > 50) report({ message: `Pipeline has ${tags.length} tags; at most 50.`, path: '/tags' });
      const seen = new Set<string>();
      tags.forEach((t, i) => {
        const tag = record(t) ?? {};
        const key = tag.key;
        if (typeof key === 'string') {
          if (key.length < 1 || key.length > 128)
            report({ message: `Tag key ${q(key)} must be 1-128 characters.`, path: at('/tags', i, 'key') });
          if (seen.has(key)) report({ message: `Tag key ${q(key)} is used twice.`, path: at('/tags', i, 'key') });
          seen.add(key);
        }
        if (typeof tag.value === 'string' && tag.value.length > 256)
          report({
            message: `Tag ${q(key)} value is ${tag.value.length} characters; at most 256.`,
            path: at('/tags', i, 'value'),
          });
      });
    }
  },
};
