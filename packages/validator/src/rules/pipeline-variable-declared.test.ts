import { build, pipeline, source, stage } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { pipelineVariableDeclared } from './pipeline-variable-declared.js';

const using = (value: string, variables = [{ name: 'env', defaultValue: 'dev' }]) =>
  pipeline({
    variables,
    stages: [stage('Source', source()), stage('Build', { ...build(), configuration: { ProjectName: value } })],
  });

ruleTests(pipelineVariableDeclared, {
  valid: [
    { name: 'no references', pipeline: pipeline() },
    { name: 'declared variable', pipeline: using('app-#{variables.env}') },
  ],
  invalid: [
    {
      name: 'undeclared variable',
      pipeline: using('#{variables.region}'),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/ProjectName', fix: true }],
    },
    {
      name: 'no variables at all',
      pipeline: using('#{variables.env}', []),
      diagnostics: [{ path: '/stages/1/actions/0/configuration/ProjectName', fix: true }],
    },
  ],
});
