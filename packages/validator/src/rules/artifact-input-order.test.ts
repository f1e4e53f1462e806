import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { artifactInputOrder } from './artifact-input-order.js';

ruleTests(artifactInputOrder, {
  valid: [
    { name: 'produced in an earlier stage', pipeline: pipeline() },
    {
      name: 'same stage, higher run order (CDK A4)',
      pipeline: withStages(
        stage('Source', source()),
        stage(
          'Build',
          build('b1', ['SourceOutput'], ['o1'], { runOrder: 1 }),
          build('b2', ['o1'], ['o2'], { runOrder: 2 }),
        ),
      ),
    },
    {
      name: 'dangling inputs are another rule',
      pipeline: withStages(stage('Source', source()), stage('Build', build('Build', ['nobody']))),
    },
  ],
  invalid: [
    {
      name: 'same stage, lower run order (CDK A5)',
      pipeline: withStages(
        stage('Source', source()),
        stage(
          'Build',
          build('b1', ['SourceOutput'], ['o1'], { runOrder: 3 }),
          build('b2', ['o1'], ['o2'], { runOrder: 2 }),
        ),
      ),
      diagnostics: [
        { path: '/stages/1/actions/1/inputArtifacts/0/name', related: ['/stages/1/actions/0/outputArtifacts/0/name'] },
      ],
    },
    {
      name: 'same stage, same run order (CDK A5b)',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('b1', ['SourceOutput'], ['o1']), build('b2', ['o1'], [])),
      ),
      diagnostics: [
        { path: '/stages/1/actions/1/inputArtifacts/0/name', related: ['/stages/1/actions/0/outputArtifacts/0/name'] },
      ],
    },
    {
      name: 'consumer in an earlier stage (CDK A5c, missed by CDK)',
      pipeline: withStages(
        stage('Source', source()),
        stage('Test', build('test', ['BuildOutput'], [])),
        stage('Build', build()),
      ),
      diagnostics: [
        { path: '/stages/1/actions/0/inputArtifacts/0/name', related: ['/stages/2/actions/0/outputArtifacts/0/name'] },
      ],
    },
    {
      name: 'an action consuming its own output',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('Build', ['SourceOutput', 'Loop'], ['Loop'])),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/inputArtifacts/1/name' }],
    },
  ],
});
