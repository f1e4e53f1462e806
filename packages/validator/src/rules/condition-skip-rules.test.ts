import { beforeEntry, conditionRule, withStageConditions } from '../../test/condition-rules.js';
import { ruleTests } from '../../test/rule-tester.js';
import { conditionSkipRules } from './condition-skip-rules.js';

const alarm = conditionRule('CloudWatchAlarm', { AlarmName: 'a' });
const lambda = conditionRule('LambdaInvoke', { FunctionName: 'f' });
const check = conditionRule('VariableCheck', { Operator: 'EQ', Variable: '#{v.x}', Value: 'y' });

ruleTests(conditionSkipRules, {
  valid: [
    { name: 'SKIP with LambdaInvoke and VariableCheck', pipeline: beforeEntry('SKIP', lambda, check) },
    { name: 'FAIL with a CloudWatchAlarm rule', pipeline: beforeEntry('FAIL', alarm) },
    {
      name: 'onSuccess is not an entry condition',
      pipeline: withStageConditions({ onSuccess: { conditions: [{ result: 'FAIL', rules: [alarm] }] } }),
    },
    {
      name: 'an unknown provider is left to stage-conditions',
      pipeline: beforeEntry('SKIP', conditionRule('SomethingNew')),
    },
  ],
  invalid: [
    {
      name: 'SKIP with CloudWatchAlarm and DeploymentWindow beside a LambdaInvoke',
      pipeline: beforeEntry('SKIP', alarm, lambda, conditionRule('DeploymentWindow', { Cron: '0 0 9 ? * MON *' })),
      diagnostics: [
        {
          path: '/stages/1/beforeEntry/conditions/0/rules/0/ruleTypeId/provider',
          related: ['/stages/1/beforeEntry/conditions/0/result'],
        },
        {
          path: '/stages/1/beforeEntry/conditions/0/rules/2/ruleTypeId/provider',
          related: ['/stages/1/beforeEntry/conditions/0/result'],
        },
      ],
    },
    {
      name: 'SKIP with a Commands rule',
      pipeline: beforeEntry('SKIP', { ...conditionRule('Commands'), commands: ['test -f ok'] }),
      diagnostics: [{ path: '/stages/1/beforeEntry/conditions/0/rules/0/ruleTypeId/provider' }],
    },
  ],
});
