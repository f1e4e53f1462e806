import { opaque } from '@pipewright/model';
import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { sourceRequired } from './source-required.js';

ruleTests(sourceRequired, {
  valid: [
    { name: 'source in the first stage', pipeline: pipeline() },
    {
      name: 'opaque category counts as a possible source',
      pipeline: withStages(
        stage(
          'Source',
          source('S', 'SourceOutput', {
            actionTypeId: {
              category: opaque('cloudformation', { Ref: 'Cat' }),
              owner: 'AWS',
              provider: 'S3',
              version: '1',
            },
          }),
        ),
        stage('Build', build()),
      ),
    },
    {
      name: 'first stage holds an opaque action (Fn::If)',
      pipeline: withStages(
        { name: 'Source', actions: [opaque('cloudformation', { 'Fn::If': ['c', {}, {}] }) as never] },
        stage('Build', build()),
      ),
    },
  ],
  invalid: [
    { name: 'no stages', pipeline: withStages(), diagnostics: [{ path: '/stages' }] },
    {
      name: 'first stage without source',
      pipeline: withStages(stage('Build', build()), stage('Source', source())),
      diagnostics: [{ path: '/stages/0/actions' }],
    },
    {
      name: 'first stage empty',
      pipeline: withStages(stage('Source'), stage('Build', build())),
      diagnostics: [{ path: '/stages/0/actions' }],
    },
  ],
});
