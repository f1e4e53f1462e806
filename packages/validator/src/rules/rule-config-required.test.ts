import { beforeEntry, conditionRule, withStageConditions } from '../../test/condition-rules.js';
import { ruleTests } from '../../test/rule-tester.js';
import { ruleConfigRequired } from './rule-config-required.js';

const rules = '/stages/1/beforeEntry/conditions/0/rules';

ruleTests(ruleConfigRequired, {
  valid: [
    {
      name: 'CloudWatchAlarm with AlarmName',
      pipeline: beforeEntry('FAIL', conditionRule('CloudWatchAlarm', { AlarmName: 'a' })),
    },
    {
      name: 'VariableCheck with all three keys',
      pipeline: beforeEntry('SKIP', conditionRule('VariableCheck', { Operator: 'EQ', Variable: '#{v.x}', Value: 'y' })),
    },
    {
      name: 'Commands rule needs no configuration',
      pipeline: beforeEntry('FAIL', { ...conditionRule('Commands'), commands: ['make check'] }),
    },
    { name: 'an unknown provider is not checked', pipeline: beforeEntry('FAIL', conditionRule('SomethingNew')) },
  ],
  invalid: [
    {
      name: 'DeploymentWindow without Cron',
      pipeline: beforeEntry('FAIL', conditionRule('DeploymentWindow', { TimeZone: 'UTC' })),
      diagnostics: [{ path: `${rules}/0/configuration/Cron` }],
    },
    {
      name: 'VariableCheck without configuration',
      pipeline: beforeEntry('FAIL', conditionRule('VariableCheck')),
      diagnostics: [
        { path: `${rules}/0/configuration/Operator` },
        { path: `${rules}/0/configuration/Value` },
        { path: `${rules}/0/configuration/Variable` },
      ],
    },
    {
      name: 'LambdaInvoke in an onSuccess condition without FunctionName',
      pipeline: withStageConditions({
        onSuccess: {
          conditions: [{ result: 'FAIL', rules: [conditionRule('LambdaInvoke', { UserParameters: 'x' })] }],
        },
      }),
      diagnostics: [{ path: '/stages/1/onSuccess/conditions/0/rules/0/configuration/FunctionName' }],
    },
    {
      name: 'CodeBuild without ProjectName in onFailure',
      pipeline: withStageConditions({
        onFailure: {
          result: 'ROLLBACK',
          conditions: [{ result: 'ROLLBACK', rules: [conditionRule('CodeBuild', {})] }],
        },
      }),
      diagnostics: [{ path: '/stages/1/onFailure/conditions/0/rules/0/configuration/ProjectName' }],
    },
  ],
});
