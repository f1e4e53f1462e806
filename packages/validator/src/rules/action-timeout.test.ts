import { approval, build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { actionTimeout } from './action-timeout.js';

ruleTests(actionTimeout, {
  valid: [
    { name: 'no timeout', pipeline: pipeline() },
    {
      name: 'manual approval with 60 minutes',
      pipeline: withStages(stage('Source', source()), stage('Approve', approval('A', { timeoutInMinutes: 60 }))),
    },
  ],
  invalid: [
    {
      name: 'approval with 4 minutes',
      pipeline: withStages(stage('Source', source()), stage('Approve', approval('A', { timeoutInMinutes: 4 }))),
      diagnostics: [{ path: '/stages/1/actions/0/timeoutInMinutes', fix: true }],
    },
    {
      name: 'approval with 86401 minutes',
      pipeline: withStages(stage('Source', source()), stage('Approve', approval('A', { timeoutInMinutes: 86401 }))),
      diagnostics: [{ path: '/stages/1/actions/0/timeoutInMinutes', fix: true }],
    },
    {
      name: 'timeout on a build',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('B', ['SourceOutput'], [], { timeoutInMinutes: 60 })),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/timeoutInMinutes', fix: true }],
    },
    {
      name: 'rule timeout out of range',
      pipeline: withStages(stage('Source', source()), {
        ...stage('Build', build()),
        beforeEntry: {
          conditions: [
            {
              result: 'FAIL',
              rules: [
                {
                  name: 'r',
                  ruleTypeId: { category: 'Rule', owner: 'AWS', provider: 'CloudWatchAlarm', version: '1' },
                  timeoutInMinutes: 1,
                },
              ],
            },
          ],
        },
      }),
      diagnostics: [{ path: '/stages/1/beforeEntry/conditions/0/rules/0/timeoutInMinutes', fix: true }],
    },
  ],
});
