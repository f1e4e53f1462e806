import { setConfigKey } from '../fixes.js';
import { byType, type ActionEntry } from '../pipeline-index.js';
import type { Report, RuleModule } from '../types.js';
import { at, q, text } from '../values.js';

/**
 * Keys the catalogue marks as conditionally required, with their condition in
 * code. Conditions that depend on things a declaration does not show (the
 * template's resources, Helm vs kubectl) are left out.
 */
const CONDITIONAL: Record<string, { key: string; when: (a: ActionEntry, mode: string | undefined) => boolean }[]> = {
  'Build/AWS/CodeBuild': [{ key: 'PrimarySource', when: (a) => a.inputs.length > 1 }],
  'Test/AWS/CodeBuild': [{ key: 'PrimarySource', when: (a) => a.inputs.length > 1 }],
  'Deploy/AWS/S3': [{ key: 'ObjectKey', when: (a) => text(a.configuration?.Extract)?.toLowerCase() === 'false' }],
  'Deploy/AWS/CloudFormation': [
    { key: 'ChangeSetName', when: (_, m) => m === 'CHANGE_SET_REPLACE' || m === 'CHANGE_SET_EXECUTE' },
    {
      key: 'TemplatePath',
      when: (_, m) => m === 'CREATE_UPDATE' || m === 'REPLACE_ON_FAILURE' || m === 'CHANGE_SET_REPLACE',
    },
    {
      key: 'RoleArn',
      when: (_, m) =>
        m === 'CREATE_UPDATE' || m === 'REPLACE_ON_FAILURE' || m === 'DELETE_ONLY' || m === 'CHANGE_SET_REPLACE',
    },
  ],
  'Invoke/AWS/StepFunctions': [{ key: 'Input', when: (a) => text(a.configuration?.InputType) === 'FilePath' }],
  'Deploy/AWS/Lambda': [{ key: 'PublishedTargetVersion', when: (a) => a.inputs.length === 0 }],
};

/**
 * A fix only where the value is obvious: CodeBuild's PrimarySource is one of its inputs, the first
 * one by default. Adding an empty value for the user to complete is not a fix (it replaces one
 * error with another): the form lists every catalogue key as a field to fill in instead.
 */
function missing(action: ActionEntry, key: string): Report {
  const first = key === 'PrimarySource' ? action.inputs[0]?.name : undefined;
  const report: Report = {
    message: `Action ${q(action.name)} in stage ${q(action.stageName)} (${action.provider}) is missing required configuration ${q(key)}.`,
    path: at(action.path, 'configuration', key),
  };
  if (first) report.fix = setConfigKey(action, key, first, `Set '${key}' to '${first}' (the first input)`);
  return report;
}

export const actionConfigRequired: RuleModule = {
  id: 'action-config-required',
  severity: 'error',
  scope: 'stage',
  description: 'Every configuration key the provider requires is present.',
  docs: {
    what:
      "Reports a configuration key that the action's provider requires and the action lacks, including keys required " +
      'only in some modes: CodeBuild `PrimarySource` with several inputs, S3 deploy `ObjectKey` when `Extract` is false, ' +
      'CloudFormation `ChangeSetName`/`TemplatePath`/`RoleArn` by `ActionMode`, Step Functions `Input` for `InputType` ' +
      'FilePath, Lambda deploy `PublishedTargetVersion` without an input artifact.',
    why: 'The action cannot run without it; CodePipeline rejects the declaration or the action fails when it starts.',
    fix: "Fill in the key (the form lists it). CodeBuild's `PrimarySource` gets a fix: the first input artifact.",
    rules: [],
    sources: [
      'action-providers.json requiredConfig/conditionalConfig',
      'rules.md section 10',
      'AWS action reference pages',
    ],
    notes: 'Unknown action types are skipped (see `action-type-known`); an opaque configuration map is skipped.',
  },
  check({ index, report }) {
    const conditionalOf = byType(CONDITIONAL);
    for (const action of index.actions) {
      if (!action.spec || action.configOpaque) continue;
      const config = action.configuration ?? {};
      const mode = text(config.ActionMode);
      for (const key of action.spec.requiredConfig) if (!(key in config)) report(missing(action, key));
      const conditional = conditionalOf(action.spec);
      if (conditional)
        for (const c of conditional) if (c.when(action, mode) && !(c.key in config)) report(missing(action, c.key));
    }
  },
};
