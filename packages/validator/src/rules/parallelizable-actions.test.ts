import { approval, build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { parallelizableActions } from './parallelizable-actions.js';

ruleTests(parallelizableActions, {
  valid: [
    { name: 'one action per stage', pipeline: pipeline() },
    {
      name: "second step uses the first one's artifact",
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('A', ['SourceOutput'], ['a'], { runOrder: 1 }), build('B', ['a'], [], { runOrder: 2 })),
      ),
    },
    {
      name: "second step uses the first one's variables",
      pipeline: withStages(
        stage('Source', source()),
        stage(
          'Build',
          build('A', ['SourceOutput'], ['a'], { runOrder: 1, namespace: 'A' }),
          build('B', ['SourceOutput'], [], { runOrder: 2, configuration: { ProjectName: '#{A.v}' } }),
        ),
      ),
    },
    {
      name: 'after an approval',
      pipeline: withStages(
        stage('Source', source()),
        stage('Gate', approval('Approve', { runOrder: 1 }), build('B', ['SourceOutput'], [], { runOrder: 2 })),
      ),
    },
    {
      name: 'already parallel',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('A', ['SourceOutput'], ['a']), build('B', ['SourceOutput'], ['b'])),
      ),
    },
  ],
  invalid: [
    {
      name: 'independent sequential builds',
      pipeline: withStages(
        stage('Source', source()),
        stage(
          'Build',
          build('A', ['SourceOutput'], ['a'], { runOrder: 1 }),
          build('B', ['SourceOutput'], ['b'], { runOrder: 2 }),
        ),
      ),
      diagnostics: [{ path: '/stages/1/actions/1/runOrder', fix: true }],
    },
  ],
});
