import { literal } from '../../schema/opaque.js';
import type { RiskNote } from '../types.js';
import { changeIndices, placeOf, shown, where } from './helpers.js';

const ACCOUNT = /^arn:aws[a-z-]*:iam::(\d{12}):/;

function accountOf(arn: unknown): string | undefined {
  const text = literal(arn as string | undefined);
  return text === undefined ? undefined : ACCOUNT.exec(text)?.[1];
}

export const actionRoleChanged: RiskNote = {
  id: 'action-role-changed',
  severity: 'medium',
  description: "An action's role was set, changed or removed.",
  docs: {
    what:
      'Reports an action whose roleArn was added, changed or removed, and says when the new role is in another account ' +
      "than the pipeline's role (a cross-account role).",
    why:
      'An action role decides what the action can touch; a cross-account role reaches into another account, and ' +
      'removing the role makes the action run as the pipeline role instead.',
    review: "Check the role's trust policy (who can assume it) and its permissions in the account it belongs to.",
    sources: ['AWS CodePipeline User Guide: Create a pipeline that uses resources from another AWS account'],
  },
  check(context) {
    const pipelineAccount = accountOf(context.new.roleArn);
    for (const i of changeIndices(context, (c) => c.target === 'action' && c.field === '/roleArn')) {
      const change = context.changes[i];
      if (!change) continue;
      const account = accountOf(change.newValue);
      const cross = account !== undefined && pipelineAccount !== undefined && account !== pipelineAccount;
      context.report(
        {
          message:
            `The role of ${where(change)} changed from ${shown(change.oldValue)} to ${shown(change.newValue)}` +
            (cross ? ` (a cross-account role: account ${account}).` : '.'),
          ...placeOf(change),
        },
        [i],
      );
    }
  },
};
