import { beforeEntry, conditionRule } from '../../test/condition-rules.js';
import { ruleTests } from '../../test/rule-tester.js';
import { ruleConfigUnknown } from './rule-config-unknown.js';

const rules = '/stages/1/beforeEntry/conditions/0/rules';

ruleTests(ruleConfigUnknown, {
  valid: [
    {
      name: 'CloudWatchAlarm with its three keys',
      pipeline: beforeEntry(
        'FAIL',
        conditionRule('CloudWatchAlarm', { AlarmName: 'a', AlarmStates: 'ALARM', WaitTime: '5' }),
      ),
    },
    {
      name: 'the Commands rule is not checked',
      pipeline: beforeEntry('FAIL', conditionRule('Commands', { Anything: 'x' })),
    },
    {
      name: 'an unknown provider is not checked',
      pipeline: beforeEntry('FAIL', conditionRule('SomethingNew', { X: 'y' })),
    },
  ],
  invalid: [
    {
      name: 'a key in the wrong case (fix renames it)',
      pipeline: beforeEntry('FAIL', conditionRule('DeploymentWindow', { cron: '0 0 9-17 ? * MON-FRI *' })),
      diagnostics: [{ path: `${rules}/0/configuration/cron`, fix: true }],
    },
    {
      name: 'an action key on a rule',
      pipeline: beforeEntry('FAIL', conditionRule('LambdaInvoke', { FunctionName: 'f', ProjectName: 'p' })),
      diagnostics: [{ path: `${rules}/0/configuration/ProjectName` }],
    },
  ],
});
