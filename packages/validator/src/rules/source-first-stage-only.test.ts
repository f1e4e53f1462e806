import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { sourceFirstStageOnly } from './source-first-stage-only.js';

ruleTests(sourceFirstStageOnly, {
  valid: [
    { name: 'sources first, builds later', pipeline: pipeline() },
    {
      name: 'two sources in the first stage',
      pipeline: withStages(
        stage('Source', source('A', 'A'), source('B', 'B', { namespace: 'B' })),
        stage('Build', build('Build', ['A', 'B'])),
      ),
    },
  ],
  invalid: [
    {
      name: 'build in the first stage',
      pipeline: withStages(stage('Source', source(), build('Early')), stage('Build', build())),
      diagnostics: [{ path: '/stages/0/actions/1/actionTypeId/category' }],
    },
    {
      name: 'source in a later stage',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', source('Late', 'Other', { namespace: 'Late' }), build()),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/actionTypeId/category' }],
    },
    {
      name: 'only source actions',
      pipeline: withStages(stage('Source', source()), stage('Second', source('Again', 'X', { namespace: 'Y' }))),
      diagnostics: [{ path: '/stages' }, { path: '/stages/1/actions/0/actionTypeId/category' }],
    },
  ],
});
