import { opaque } from '@pipewright/model';
import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { actionCount } from './action-count.js';

const builds = (n: number, prefix = 'B') =>
  Array.from({ length: n }, (_, i) => build(`${prefix}${i}`, ['SourceOutput'], []));

ruleTests(actionCount, {
  valid: [
    { name: 'one action per stage', pipeline: pipeline() },
    {
      name: 'fifty actions in a stage',
      pipeline: withStages(stage('Source', source()), stage('Build', ...builds(50))),
    },
    {
      name: 'an opaque action counts as an action',
      pipeline: withStages(stage('Source', source()), {
        name: 'Build',
        actions: [opaque('cloudformation', { 'Fn::If': ['c', {}, {}] }) as never],
      }),
    },
  ],
  invalid: [
    {
      name: 'empty stage',
      pipeline: withStages(stage('Source', source()), stage('Build')),
      diagnostics: [{ path: '/stages/1/actions' }],
    },
    {
      name: 'fifty-one actions in a stage',
      pipeline: withStages(stage('Source', source()), stage('Build', ...builds(51))),
      diagnostics: [{ path: '/stages/1/actions' }],
    },
    {
      name: 'more than 500 actions in the pipeline',
      pipeline: withStages(
        stage('Source', source()),
        ...Array.from({ length: 11 }, (_, s) => stage(`S${s}`, ...builds(46, `S${s}B`))),
      ),
      diagnostics: [{ path: '/stages' }],
    },
  ],
});
