import { opaque } from '@pipewright/model';
import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { namePattern } from './name-pattern.js';

ruleTests(namePattern, {
  valid: [
    { name: 'clean pipeline', pipeline: pipeline() },
    {
      name: 'all allowed characters',
      pipeline: pipeline({
        name: 'BlahBleep123.@-_',
        stages: [stage('Source.@', source('a.b@c')), stage('Build', build())],
      }),
    },
    { name: 'opaque names are skipped', pipeline: pipeline({ name: opaque('cloudformation', { Ref: 'Name' }) }) },
    {
      name: 'variable names may use @ and -',
      pipeline: pipeline({ variables: [{ name: 'env-name@1', defaultValue: 'x' }] }),
    },
    {
      name: '100-character stage name',
      pipeline: withStages(stage('S'.repeat(100), source()), stage('Build', build())),
    },
  ],
  invalid: [
    {
      name: 'space in pipeline name',
      pipeline: pipeline({ name: 'my pipeline' }),
      diagnostics: [{ path: '/name', fix: true }],
    },
    { name: 'empty pipeline name', pipeline: pipeline({ name: '' }), diagnostics: [{ path: '/name' }] },
    {
      name: 'bad stage name',
      pipeline: withStages(stage('bad name', source()), stage('Build', build())),
      diagnostics: [{ path: '/stages/0/name', fix: true }],
    },
    {
      name: '101-character stage name',
      pipeline: withStages(stage('S'.repeat(101), source()), stage('Build', build())),
      diagnostics: [{ path: '/stages/0/name' }],
    },
    {
      name: 'empty action name',
      pipeline: withStages(stage('Source', source('')), stage('Build', build())),
      diagnostics: [{ path: '/stages/0/actions/0/name' }],
    },
    {
      name: 'artifact names reject . and @',
      pipeline: withStages(
        stage('Source', source('Source', 'out.put')),
        stage('Build', build('Build', ['out.put'], ['a@b'])),
      ),
      diagnostics: [
        { path: '/stages/0/actions/0/outputArtifacts/0/name', fix: true },
        { path: '/stages/1/actions/0/inputArtifacts/0/name' },
        { path: '/stages/1/actions/0/outputArtifacts/0/name', fix: true },
      ],
    },
    {
      name: 'empty namespace',
      pipeline: withStages(
        stage('Source', source('Source', 'SourceOutput', { namespace: '' })),
        stage('Build', build()),
      ),
      diagnostics: [{ path: '/stages/0/actions/0/namespace' }],
    },
    {
      name: 'namespace with a dot',
      pipeline: withStages(
        stage('Source', source('Source', 'SourceOutput', { namespace: 'a.b' })),
        stage('Build', build()),
      ),
      diagnostics: [{ path: '/stages/0/actions/0/namespace', fix: true }],
    },
    {
      name: 'variable name with a space',
      pipeline: pipeline({ variables: [{ name: 'var name', defaultValue: 'x' }] }),
      diagnostics: [{ path: '/variables/0/name', fix: true }],
    },
    {
      name: '129-character variable name',
      pipeline: pipeline({ variables: [{ name: 'v'.repeat(129), defaultValue: 'x' }] }),
      diagnostics: [{ path: '/variables/0/name' }],
    },
    {
      name: 'rule name',
      pipeline: withStages(stage('Source', source()), {
        ...stage('Build', build()),
        beforeEntry: {
          conditions: [
            {
              result: 'FAIL',
              rules: [
                {
                  name: 'bad rule',
                  ruleTypeId: { category: 'Rule', owner: 'AWS', provider: 'VariableCheck', version: '1' },
                },
              ],
            },
          ],
        },
      }),
      diagnostics: [{ path: '/stages/1/beforeEntry/conditions/0/rules/0/name' }],
    },
  ],
});
