import { pipeline } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { pipelineVariableValid } from './pipeline-variable-valid.js';

ruleTests(pipelineVariableValid, {
  valid: [
    { name: 'no variables', pipeline: pipeline() },
    {
      name: 'fifty variables',
      pipeline: pipeline({
        variables: Array.from({ length: 50 }, (_, i) => ({
          name: `v${i}`,
          defaultValue: 'x',
          description: 'd'.repeat(200),
        })),
      }),
    },
  ],
  invalid: [
    {
      name: 'fifty-one variables',
      pipeline: pipeline({ variables: Array.from({ length: 51 }, (_, i) => ({ name: `v${i}`, defaultValue: 'x' })) }),
      diagnostics: [{ path: '/variables' }],
    },
    {
      name: 'duplicate name',
      pipeline: pipeline({
        variables: [
          { name: 'a', defaultValue: 'x' },
          { name: 'a', defaultValue: 'y' },
        ],
      }),
      diagnostics: [{ path: '/variables/1/name', related: ['/variables/0/name'] }],
    },
    {
      name: 'empty default (CDK V3)',
      pipeline: pipeline({ variables: [{ name: 'a', defaultValue: '' }] }),
      diagnostics: [{ path: '/variables/0/defaultValue' }],
    },
    {
      name: 'default of 1001 characters',
      pipeline: pipeline({ variables: [{ name: 'a', defaultValue: 'x'.repeat(1001) }] }),
      diagnostics: [{ path: '/variables/0/defaultValue' }],
    },
    {
      name: 'description of 201 characters (CDK V4)',
      pipeline: pipeline({ variables: [{ name: 'a', defaultValue: 'x', description: 'd'.repeat(201) }] }),
      diagnostics: [{ path: '/variables/0/description' }],
    },
  ],
});
