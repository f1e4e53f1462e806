import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { actionNameUnique } from './action-name-unique.js';

ruleTests(actionNameUnique, {
  valid: [
    { name: 'distinct names', pipeline: pipeline() },
    {
      name: 'same name in two stages (a warning of another rule)',
      pipeline: withStages(stage('Source', source('X')), stage('Build', build('X'))),
    },
  ],
  invalid: [
    {
      name: 'two actions of one stage share a name',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('Build'), build('Build', ['SourceOutput'], ['Other'])),
      ),
      diagnostics: [{ path: '/stages/1/actions/1/name', related: ['/stages/1/actions/0/name'], fix: true }],
    },
  ],
});
