import type { RuleTypeId } from '../schema/pipeline.js';
import { literal } from '../schema/opaque.js';

/*
 * The stage-condition rule types (`ruleTypeId` category Rule, owner AWS), as the action catalogue
 * describes action types: configuration keys, which are required, their values. The shared
 * reference lists only the provider names (rules.md R34), so this table is written by hand from
 * the AWS rule reference pages; `sources` says where each entry was confirmed.
 */

/** One configuration key of a rule type. */
export interface RuleConfigKey {
  key: string;
  required: boolean;
  description: string;
  /** The values the key takes, when the docs enumerate them. */
  values?: readonly string[];
  /** The value is a comma-separated list of `values` (CloudWatchAlarm's AlarmStates). */
  list?: boolean;
  /** How many whitespace-separated fields the value has, when the docs say (DeploymentWindow's Cron: 6, or 7 with a year). */
  fields?: { min: number; max: number };
}

export interface RuleProviderSpec {
  provider: string;
  version: string;
  description: string;
  keys: readonly RuleConfigKey[];
  /**
   * False when the docs read do not list every key, so an unknown key is not reported
   * (the Commands rule: its shell commands sit in the rule's `commands` field, not in configuration).
   */
  keysComplete: boolean;
  /** Allowed in a `beforeEntry` condition whose result is SKIP (only LambdaInvoke and VariableCheck). */
  beforeEntrySkip: boolean;
  sources: readonly string[];
}

const DOC = (page: string) => `https://docs.aws.amazon.com/codepipeline/latest/userguide/${page}.html`;
const SKIP_NOTE =
  'rule-reference-CodeBuild / rule-reference-Commands note: SKIP beforeEntry takes LambdaInvoke and VariableCheck only';

export const ruleCatalogue: readonly RuleProviderSpec[] = [
  {
    provider: 'CloudWatchAlarm',
    version: '1',
    description: 'Passes or fails on the state of an existing CloudWatch alarm.',
    keys: [
      {
        key: 'AlarmName',
        required: true,
        description: 'The name of the CloudWatch alarm (created separately in CloudWatch).',
      },
      {
        key: 'AlarmStates',
        required: false,
        description: 'The alarm states the rule watches for: ALARM, OK or INSUFFICIENT_DATA.',
        values: ['ALARM', 'OK', 'INSUFFICIENT_DATA'],
        list: true,
      },
      {
        key: 'WaitTime',
        required: false,
        description: 'Minutes to wait for the alarm state to change before the rule result applies.',
      },
    ],
    keysComplete: true,
    beforeEntrySkip: false,
    sources: [DOC('rule-reference-CloudWatchAlarm'), SKIP_NOTE],
  },
  {
    provider: 'CodeBuild',
    version: '1',
    description: 'Runs a CodeBuild project; passes when the build succeeds.',
    keys: [
      { key: 'ProjectName', required: true, description: 'The name of the build project in CodeBuild.' },
      {
        key: 'PrimarySource',
        required: false,
        description:
          'The input artifact CodeBuild runs the buildspec in; required when the rule has several input artifacts.',
      },
      {
        key: 'BatchEnabled',
        required: false,
        description: 'Run several builds in one execution (a batch build).',
        values: ['true', 'false'],
      },
      {
        key: 'CombineArtifacts',
        required: false,
        description: 'Combine the artifacts of a batch build into one (needs BatchEnabled).',
        values: ['true', 'false'],
      },
      {
        key: 'EnvironmentVariables',
        required: false,
        description: 'A JSON array of { name, value, type } environment variables for the build.',
      },
    ],
    keysComplete: true,
    beforeEntrySkip: false,
    sources: [DOC('rule-reference-CodeBuild'), SKIP_NOTE],
  },
  {
    provider: 'Commands',
    version: '1',
    description:
      "Runs the rule's shell commands (its `commands` field) on CodeBuild compute; passes when they succeed.",
    keys: [],
    keysComplete: false,
    beforeEntrySkip: false,
    sources: [DOC('rule-reference-Commands'), 'API RuleDeclaration.commands', SKIP_NOTE],
  },
  {
    provider: 'DeploymentWindow',
    version: '1',
    description: 'Passes only inside the days and times a cron expression allows.',
    keys: [
      {
        key: 'Cron',
        required: true,
        description:
          'When deployment is allowed: a cron expression of 6 required fields and an optional year ' +
          '(seconds minutes hours day-of-month month day-of-week [year]).',
        fields: { min: 6, max: 7 },
      },
      {
        key: 'TimeZone',
        required: false,
        description: 'The time zone the cron expression is read in (for example UTC).',
      },
    ],
    keysComplete: true,
    beforeEntrySkip: false,
    sources: [DOC('rule-reference-DeploymentWindow'), SKIP_NOTE],
  },
  {
    provider: 'LambdaInvoke',
    version: '1',
    description: 'Invokes an existing Lambda function; its result decides the rule.',
    keys: [
      { key: 'FunctionName', required: true, description: 'The name of the Lambda function.' },
      { key: 'UserParameters', required: false, description: 'Input for the function, as key-value pairs.' },
    ],
    keysComplete: true,
    beforeEntrySkip: true,
    sources: [DOC('rule-reference-LambdaInvoke'), SKIP_NOTE],
  },
  {
    provider: 'VariableCheck',
    version: '1',
    description: 'Compares a pipeline or output variable with a value.',
    keys: [
      {
        key: 'Operator',
        required: true,
        description: 'EQ (equals), CONTAINS (substring), MATCHES (Java regular expression) or NE (not equal).',
        values: ['EQ', 'CONTAINS', 'MATCHES', 'NE'],
      },
      {
        key: 'Variable',
        required: true,
        description: 'The variable to check, such as #{SourceVariables.RepositoryName}.',
      },
      { key: 'Value', required: true, description: 'The value the variable is compared with.' },
    ],
    keysComplete: true,
    beforeEntrySkip: true,
    sources: [DOC('rule-reference-VariableCheck'), SKIP_NOTE],
  },
];

const byProvider = new Map(ruleCatalogue.map((r) => [r.provider, r]));

/** The rule providers AWS documents, in catalogue order (for pickers and messages). */
export const RULE_PROVIDERS: readonly string[] = ruleCatalogue.map((r) => r.provider);

/**
 * The catalogue entry of a rule type, or undefined when the provider is unknown or opaque.
 * Only version 1 is documented; a rule without a version is read as version 1.
 */
export function lookupRuleProvider(typeId: Partial<RuleTypeId> | undefined): RuleProviderSpec | undefined {
  const provider = literal(typeId?.provider);
  if (!provider) return undefined;
  const spec = byProvider.get(provider);
  const version = typeId?.version === undefined ? '1' : literal(typeId.version);
  return spec && version === spec.version ? spec : undefined;
}

/** The catalogue's description of one configuration key of a rule type. */
export function ruleConfigKey(spec: RuleProviderSpec, key: string): RuleConfigKey | undefined {
  return spec.keys.find((k) => k.key === key);
}
