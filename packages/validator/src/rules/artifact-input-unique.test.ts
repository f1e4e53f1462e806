import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { artifactInputUnique } from './artifact-input-unique.js';

ruleTests(artifactInputUnique, {
  valid: [{ name: 'each input once', pipeline: pipeline() }],
  invalid: [
    {
      name: 'input listed twice',
      pipeline: withStages(stage('Source', source()), stage('Build', build('Build', ['SourceOutput', 'SourceOutput']))),
      diagnostics: [
        {
          path: '/stages/1/actions/0/inputArtifacts/1/name',
          related: ['/stages/1/actions/0/inputArtifacts/0/name'],
          fix: true,
        },
      ],
    },
  ],
});
