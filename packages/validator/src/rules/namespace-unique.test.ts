import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { namespaceUnique } from './namespace-unique.js';

ruleTests(namespaceUnique, {
  valid: [
    { name: 'one namespace', pipeline: pipeline() },
    {
      name: 'two distinct namespaces',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('Build', ['SourceOutput'], ['BuildOutput'], { namespace: 'BuildVariables' })),
      ),
    },
  ],
  invalid: [
    {
      name: 'namespace used twice',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('Build', ['SourceOutput'], ['BuildOutput'], { namespace: 'SourceVariables' })),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/namespace', related: ['/stages/0/actions/0/namespace'], fix: true }],
    },
    {
      name: 'namespace equal to an artifact name',
      pipeline: withStages(
        stage('Source', source()),
        stage('Build', build('Build', ['SourceOutput'], ['BuildOutput'], { namespace: 'BuildOutput' })),
      ),
      diagnostics: [{ path: '/stages/1/actions/0/namespace', fix: true }],
    },
    {
      name: 'reserved namespace',
      pipeline: withStages(
        stage('Source', source('Source', 'SourceOutput', { namespace: 'variables' })),
        stage('Build', build()),
      ),
      diagnostics: [{ path: '/stages/0/actions/0/namespace', fix: true }],
    },
  ],
});
