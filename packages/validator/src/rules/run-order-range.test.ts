import { opaque } from '@pipewright/model';
import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { runOrderRange } from './run-order-range.js';

const at = (runOrder: unknown) =>
  withStages(
    stage('Source', source()),
    stage('Build', build('Build', ['SourceOutput'], ['BuildOutput'], { runOrder: runOrder as number })),
  );

ruleTests(runOrderRange, {
  valid: [
    { name: 'default', pipeline: pipeline() },
    { name: '1', pipeline: at(1) },
    { name: '999', pipeline: at(999) },
    { name: 'opaque', pipeline: at(opaque('terraform', '${var.order}')) },
  ],
  invalid: [
    { name: '0', pipeline: at(0), diagnostics: [{ path: '/stages/1/actions/0/runOrder', fix: true }] },
    {
      name: '1000 (CDK and cfn-lint accept it; AWS does not)',
      pipeline: at(1000),
      diagnostics: [{ path: '/stages/1/actions/0/runOrder', fix: true }],
    },
    { name: 'fraction', pipeline: at(1.5), diagnostics: [{ path: '/stages/1/actions/0/runOrder', fix: true }] },
    { name: 'string', pipeline: at('2'), diagnostics: [{ path: '/stages/1/actions/0/runOrder', fix: true }] },
  ],
});
