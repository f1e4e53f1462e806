import { pipeline } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { pipelineVariableDefault } from './pipeline-variable-default.js';

ruleTests(pipelineVariableDefault, {
  valid: [
    { name: 'no variables', pipeline: pipeline() },
    { name: 'with default', pipeline: pipeline({ variables: [{ name: 'env', defaultValue: 'dev' }] }) },
  ],
  invalid: [
    {
      name: 'without default',
      pipeline: pipeline({ variables: [{ name: 'env', defaultValue: 'dev' }, { name: 'region' }] }),
      diagnostics: [{ path: '/variables/1' }],
    },
  ],
});
