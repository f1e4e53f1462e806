import type { Stage } from '@pipewright/model';
import { build, pipeline, source, stage } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { stageConditions } from './stage-conditions.js';

const alarm = {
  name: 'Alarm',
  ruleTypeId: { category: 'Rule' as const, owner: 'AWS' as const, provider: 'CloudWatchAlarm', version: '1' },
  configuration: { AlarmName: 'a' },
};
const withConditions = (conditions: Partial<Stage>, executionMode?: 'PARALLEL') =>
  pipeline({
    ...(executionMode && { executionMode }),
    stages: [stage('Source', source()), { ...stage('Build', build()), ...conditions }],
  });

ruleTests(stageConditions, {
  valid: [
    { name: 'no conditions', pipeline: pipeline() },
    {
      name: 'beforeEntry FAIL',
      pipeline: withConditions({ beforeEntry: { conditions: [{ result: 'FAIL', rules: [alarm] }] } }),
    },
    {
      name: 'onSuccess ROLLBACK',
      pipeline: withConditions({ onSuccess: { conditions: [{ result: 'ROLLBACK', rules: [alarm] }] } }),
    },
    {
      name: 'onFailure RETRY without retryConfiguration (the API does not require one)',
      pipeline: withConditions({ onFailure: { result: 'RETRY' } }),
    },
    {
      name: 'onFailure FAIL',
      pipeline: withConditions({ onFailure: { result: 'FAIL' } }),
    },
    {
      name: 'onFailure RETRY with retryConfiguration',
      pipeline: withConditions({ onFailure: { result: 'RETRY', retryConfiguration: { retryMode: 'FAILED_ACTIONS' } } }),
    },
  ],
  invalid: [
    {
      name: 'beforeEntry ROLLBACK',
      pipeline: withConditions({ beforeEntry: { conditions: [{ result: 'ROLLBACK', rules: [alarm] }] } }),
      diagnostics: [{ path: '/stages/1/beforeEntry/conditions/0/result' }],
    },
    {
      name: 'two conditions',
      pipeline: withConditions({
        onSuccess: {
          conditions: [
            { result: 'FAIL', rules: [alarm] },
            { result: 'FAIL', rules: [alarm] },
          ],
        },
      }),
      diagnostics: [{ path: '/stages/1/onSuccess/conditions' }],
    },
    {
      name: 'beforeEntry without conditions',
      pipeline: withConditions({ beforeEntry: {} as never }),
      diagnostics: [{ path: '/stages/1/beforeEntry/conditions' }],
    },
    {
      name: 'six rules',
      pipeline: withConditions({
        beforeEntry: { conditions: [{ result: 'FAIL', rules: Array.from({ length: 6 }, () => alarm) }] },
      }),
      diagnostics: [{ path: '/stages/1/beforeEntry/conditions/0/rules' }],
    },
    {
      name: 'onFailure SKIP (in the API enum, described by no source, rejected by CloudFormation)',
      pipeline: withConditions({ onFailure: { result: 'SKIP' } }),
      diagnostics: [{ path: '/stages/1/onFailure/result' }],
    },
    {
      name: 'onFailure condition FAIL (failure conditions roll back)',
      pipeline: withConditions({ onFailure: { conditions: [{ result: 'FAIL', rules: [alarm] }] } }),
      diagnostics: [{ path: '/stages/1/onFailure/conditions/0/result' }],
    },
    {
      name: 'rollback in PARALLEL mode',
      pipeline: withConditions({ onFailure: { result: 'ROLLBACK' } }, 'PARALLEL'),
      diagnostics: [{ path: '/stages/1/onFailure/result' }],
    },
    {
      name: 'bad rule type',
      pipeline: withConditions({
        beforeEntry: {
          conditions: [
            {
              result: 'FAIL',
              rules: [
                {
                  name: 'r',
                  ruleTypeId: { category: 'Gate' as never, owner: 'Me' as never, provider: 'bad provider' },
                },
              ],
            },
          ],
        },
      }),
      diagnostics: [
        { path: '/stages/1/beforeEntry/conditions/0/rules/0/ruleTypeId/category' },
        { path: '/stages/1/beforeEntry/conditions/0/rules/0/ruleTypeId/owner' },
        { path: '/stages/1/beforeEntry/conditions/0/rules/0/ruleTypeId/provider' },
      ],
    },
  ],
});
