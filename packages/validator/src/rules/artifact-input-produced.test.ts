import { build, deploy, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { artifactInputProduced } from './artifact-input-produced.js';

ruleTests(artifactInputProduced, {
  valid: [
    { name: 'every input produced', pipeline: pipeline() },
    {
      name: 'produced later is another rule',
      pipeline: withStages(
        stage('Source', source()),
        stage('Test', deploy('T', 'BuildOutput')),
        stage('Build', build()),
      ),
    },
  ],
  invalid: [
    {
      name: 'dangling input',
      pipeline: withStages(stage('Source', source()), stage('Build', build('Build', ['named']))),
      diagnostics: [{ path: '/stages/1/actions/0/inputArtifacts/0/name' }],
    },
    {
      name: 'case matters',
      pipeline: withStages(stage('Source', source()), stage('Build', build('Build', ['sourceoutput']))),
      diagnostics: [{ path: '/stages/1/actions/0/inputArtifacts/0/name' }],
    },
  ],
});
