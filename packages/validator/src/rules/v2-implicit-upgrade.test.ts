import { pipeline } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { v2ImplicitUpgrade } from './v2-implicit-upgrade.js';

ruleTests(v2ImplicitUpgrade, {
  valid: [
    { name: 'explicit V2', pipeline: pipeline({ executionMode: 'QUEUED' }) },
    { name: 'omitted type without V2 features', pipeline: pipeline({ pipelineType: undefined }) },
  ],
  invalid: [
    {
      name: 'omitted type with variables and QUEUED',
      pipeline: pipeline({
        pipelineType: undefined,
        variables: [{ name: 'a', defaultValue: 'b' }],
        executionMode: 'QUEUED',
      }),
      diagnostics: [{ path: '/variables', fix: true }],
    },
  ],
});
