import { beforeEntry, conditionRule } from '../../test/condition-rules.js';
import { ruleTests } from '../../test/rule-tester.js';
import { ruleConfigValue } from './rule-config-value.js';

const rules = '/stages/1/beforeEntry/conditions/0/rules';
const check = (Operator: string) => conditionRule('VariableCheck', { Operator, Variable: '#{v.x}', Value: 'y' });

ruleTests(ruleConfigValue, {
  valid: [
    {
      name: 'each VariableCheck operator',
      pipeline: beforeEntry('SKIP', check('EQ'), check('CONTAINS'), check('MATCHES'), check('NE')),
    },
    {
      name: 'AlarmStates as one state and as a list',
      pipeline: beforeEntry(
        'FAIL',
        conditionRule('CloudWatchAlarm', { AlarmName: 'a', AlarmStates: 'ALARM' }, 'One'),
        conditionRule('CloudWatchAlarm', { AlarmName: 'a', AlarmStates: 'ALARM, INSUFFICIENT_DATA' }, 'Two'),
      ),
    },
    { name: 'a value from a variable is not checked', pipeline: beforeEntry('FAIL', check('#{Vars.op}')) },
    {
      name: 'a cron with 6 fields and one with a year',
      pipeline: beforeEntry(
        'FAIL',
        conditionRule('DeploymentWindow', { Cron: '* * 9-17 ? * MON-FRI', TimeZone: 'UTC' }, 'Six'),
        conditionRule('DeploymentWindow', { Cron: '0 0 9-17 ? * MON-FRI *' }, 'Seven'),
      ),
    },
  ],
  invalid: [
    {
      name: 'an operator the docs do not list',
      pipeline: beforeEntry('FAIL', check('GT')),
      diagnostics: [{ path: `${rules}/0/configuration/Operator` }],
    },
    {
      name: 'lower-case operator',
      pipeline: beforeEntry('FAIL', check('eq')),
      diagnostics: [{ path: `${rules}/0/configuration/Operator` }],
    },
    {
      name: 'an alarm state that does not exist',
      pipeline: beforeEntry('FAIL', conditionRule('CloudWatchAlarm', { AlarmName: 'a', AlarmStates: 'ALARM,FIRING' })),
      diagnostics: [{ path: `${rules}/0/configuration/AlarmStates` }],
    },
    {
      name: 'a five-field (Unix) cron',
      pipeline: beforeEntry('FAIL', conditionRule('DeploymentWindow', { Cron: '0 9-17 * * 1-5' })),
      diagnostics: [{ path: `${rules}/0/configuration/Cron` }],
    },
    {
      name: 'CodeBuild BatchEnabled yes',
      pipeline: beforeEntry('FAIL', conditionRule('CodeBuild', { ProjectName: 'p', BatchEnabled: 'yes' })),
      diagnostics: [{ path: `${rules}/0/configuration/BatchEnabled` }],
    },
  ],
});
