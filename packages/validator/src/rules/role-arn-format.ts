import { holdsVariableReference, isOpaque } from '@pipewright/model';
import { conditionRulesOf } from '../conditions.js';
import { actionLabel, type ActionEntry } from '../pipeline-index.js';
import type { RuleModule } from '../types.js';
import { at, q, record } from '../values.js';

const ROLE_ARN = /^arn:aws(-[\w]+)*:iam::[0-9]{12}:role\/.*$/;

/** Absent, opaque, a `#{...}` variable, or an IAM role ARN of at most 1024 characters. */
function acceptable(value: unknown): boolean {
  if (value === undefined || isOpaque(value)) return true;
  return typeof value === 'string' && (holdsVariableReference(value) || (ROLE_ARN.test(value) && value.length <= 1024));
}

export const roleArnFormat: RuleModule = {
  id: 'role-arn-format',
  severity: 'error',
  scope: 'stage',
  description: 'The pipeline has a roleArn, and every roleArn is an IAM role ARN.',
  docs: {
    what:
      'Reports a missing pipeline `roleArn`, and any pipeline, action, rule or CloudFormation-action `RoleArn` ' +
      'configuration value that does not match `arn:aws(-x)*:iam::<12 digits>:role/...` or is longer than 1024 characters.',
    why: 'CodePipeline rejects the declaration; a role ARN with a missing account id (`arn:aws:iam:::role/x`) is a common copy-paste error.',
    fix: 'Use the full ARN of the IAM role, including the 12-digit account id.',
    rules: ['R9'],
    sources: [
      'API RoleArn',
      'CFN RoleArn pattern',
      'CFNP format AWS::IAM::Role.Arn',
      'cfn-lint E3703 (Configuration.RoleArn)',
      'TF verify.ValidARN',
    ],
    notes: 'Values holding a `#{...}` variable and opaque values are skipped.',
  },
  check({ pipeline, index, report }) {
    const check = (value: unknown, path: string, who: ActionEntry | string, suffix = '') => {
      if (acceptable(value)) return;
      const label = `${typeof who === 'string' ? who : `${actionLabel(who)}:`}${suffix} roleArn`;
      report({
        message:
          value === ''
            ? typeof who !== 'string' && suffix === ''
              ? `${label} is empty: give an IAM role ARN, or remove it to use the pipeline's role.`
              : `${label} is required: it is empty.`
            : `${label} ${q(value)} is not an IAM role ARN (arn:aws:iam::<account>:role/<name>).`,
        path,
      });
    };
    const p = record(pipeline) ?? {};
    if (p.roleArn === undefined) report({ message: 'Pipeline has no roleArn; it is required.', path: '/roleArn' });
    else check(p.roleArn, '/roleArn', 'Pipeline');
    for (const action of index.actions) {
      // acceptable() first: the common case builds no path.
      if (!acceptable(action.roleArn)) check(action.roleArn, at(action.path, 'roleArn'), action);
      if (action.provider === 'CloudFormation' || action.provider === 'CloudFormationStackSet') {
        const deployRole = action.configuration?.RoleArn;
        if (!acceptable(deployRole))
          check(deployRole, at(action.path, 'configuration', 'RoleArn'), action, ' configuration');
      }
    }
    for (const stage of index.stages)
      for (const rule of conditionRulesOf(stage))
        check(rule.raw.roleArn, at(rule.path, 'roleArn'), `Rule ${q(rule.raw.name)}:`);
  },
};
