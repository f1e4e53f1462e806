import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { artifactOutputUnique } from './artifact-output-unique.js';

ruleTests(artifactOutputUnique, {
  valid: [
    { name: 'distinct outputs', pipeline: pipeline() },
    {
      name: 'names differing in case',
      pipeline: withStages(stage('Source', source('Source', 'out')), stage('Build', build('Build', ['out'], ['Out']))),
    },
  ],
  invalid: [
    {
      name: 'two actions produce the same artifact',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('Build', ['SourceOutput'], ['SourceOutput'])),
      ),
      diagnostics: [
        {
          path: '/stages/1/actions/0/outputArtifacts/0/name',
          related: ['/stages/0/actions/0/outputArtifacts/0/name'],
          fix: true,
        },
      ],
    },
    {
      name: 'one action lists an output twice',
      pipeline: withStages(stage('Source', source()), stage('Build', build('Build', ['SourceOutput'], ['Foo', 'Foo']))),
      diagnostics: [
        {
          path: '/stages/1/actions/0/outputArtifacts/1/name',
          related: ['/stages/1/actions/0/outputArtifacts/0/name'],
          fix: true,
        },
      ],
    },
  ],
});
