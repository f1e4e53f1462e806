import type { RuleModule } from '../types.js';
import { at, q } from '../values.js';

export const actionRoleOwner: RuleModule = {
  id: 'action-role-owner',
  severity: 'error',
  scope: 'stage',
  description: 'Only AWS-owned actions take a roleArn.',
  docs: {
    what:
      'Reports an action `roleArn` on an action whose owner is ThirdParty or Custom. This also covers Jenkins, which is ' +
      'a custom action and has no cross-account support.',
    why:
      'CDK: "Specifying a Role is not supported for actions with an owner different than \'AWS\'"; its code says ' +
      'CodePipeline would reject it at deploy time. Cross-account actions (the purpose of an action role) are not ' +
      'supported for Jenkins build actions.',
    fix: 'Remove the roleArn from the action (the fix does), or use an AWS-owned provider.',
    rules: ['R38', 'R60'],
    sources: ['CDK RoleNotSupportedForNonAwsActions', 'DOC22 pipelines-create-cross-account (Jenkins)'],
    notes: 'Enforced by CDK; no AWS statement was found, so the severity follows the tool (error).',
  },
  check({ index, report }) {
    for (const action of index.actions) {
      if (action.roleArn === undefined || action.owner === undefined || action.owner === 'AWS') continue;
      const path = at(action.path, 'roleArn');
      report({
        message: `Action ${q(action.name)} in stage ${q(action.stageName)} has owner ${q(action.owner)}; a roleArn is only supported for AWS-owned actions.`,
        path,
        fix: { title: 'Remove the roleArn', edit: { kind: 'setField', path, value: undefined } },
      });
    }
  },
};
