import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { stageBlockers } from './stage-blockers.js';

ruleTests(stageBlockers, {
  valid: [{ name: 'no blockers', pipeline: pipeline() }],
  invalid: [
    {
      name: 'blockers declared',
      pipeline: withStages(stage('Source', source()), {
        ...stage('Build', build()),
        blockers: [{ name: 'b', type: 'Schedule' }],
      }),
      diagnostics: [{ path: '/stages/1/blockers', fix: true }],
    },
  ],
});
