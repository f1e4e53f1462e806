import type { RuleModule } from '../types.js';
import { accountOf, at, q } from '../values.js';

export const crossAccountConsistency: RuleModule = {
  id: 'cross-account-consistency',
  severity: 'warning',
  description:
    'Artifacts pass between accounts only through the pipeline account; CloudFormation roles match the action account.',
  docs: {
    what:
      'Reports an input artifact that an action in account B produced for an action in account C, when neither is the ' +
      'pipeline account; and a CloudFormation `RoleArn` configuration in another account than the action role.',
    why:
      'DOC22: "you cannot pass an artifact from one account to another if neither account is the pipeline account"; ' +
      'the CloudFormation deployment role "must be in the same account as the role for the action that is running". ' +
      'Both fail at run time.',
    fix: 'Route the artifact through an action in the pipeline account, or use roles of the same account.',
    rules: ['R59', 'R61'],
    sources: ['DOC22 pipelines-create-cross-account', 'DOC22 action-reference-CloudFormation RoleArn'],
    notes: 'Accounts are read from literal role ARNs; an action without roleArn runs in the pipeline account.',
  },
  check({ index, report }) {
    const home = index.pipelineAccount;
    if (!home) return;
    for (const action of index.actions) {
      const mine: string = action.account ?? home;
      for (const ref of action.inputs) {
        const producer = ref.producers?.[0]?.action;
        if (!producer) continue;
        const theirs: string = producer.account ?? home;
        if (mine !== home && theirs !== home && theirs !== mine)
          report({
            message: `Action ${q(action.name)} (account ${mine}) consumes artifact ${q(ref.name)} from action ${q(producer.name)} (account ${theirs}); artifacts cannot pass between two accounts that are not the pipeline account ${home}.`,
            path: ref.path,
            related: [at(producer.path, 'roleArn')],
          });
      }
      if (action.provider === 'CloudFormation') {
        const deployRole = accountOf(action.configuration?.RoleArn);
        if (deployRole && deployRole !== mine)
          report({
            message: `Action ${q(action.name)}: the CloudFormation RoleArn is in account ${deployRole}, but the action runs in account ${mine}.`,
            path: at(action.path, 'configuration', 'RoleArn'),
          });
      }
    }
  },
};
