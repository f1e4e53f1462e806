import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { stageNameUnique } from './stage-name-unique.js';

ruleTests(stageNameUnique, {
  valid: [
    { name: 'distinct names', pipeline: pipeline() },
    {
      name: 'names differing in case',
      pipeline: withStages(
        stage('Source', source()),
        stage('build', build('A')),
        stage('Build', build('B', ['SourceOutput'], [])),
      ),
    },
  ],
  invalid: [
    {
      name: 'a name used twice',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build()),
        stage('Build', build('Other', ['SourceOutput'], [])),
      ),
      diagnostics: [{ path: '/stages/2/name', related: ['/stages/1/name'], fix: true }],
    },
  ],
});
