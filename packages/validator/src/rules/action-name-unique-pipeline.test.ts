import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { actionNameUniquePipeline } from './action-name-unique-pipeline.js';

ruleTests(actionNameUniquePipeline, {
  valid: [
    { name: 'distinct names', pipeline: pipeline() },
    {
      name: 'duplicates within one stage are another rule',
      pipeline: withStages(stage('Source', source()), stage('Build', build('B'), build('B', ['SourceOutput'], []))),
    },
  ],
  invalid: [
    {
      name: 'same name in two stages',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('Run')),
        stage('Test', build('Run', ['BuildOutput'], [])),
      ),
      diagnostics: [{ path: '/stages/2/actions/0/name', related: ['/stages/1/actions/0/name'], fix: true }],
    },
  ],
});
