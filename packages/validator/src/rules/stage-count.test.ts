import { build, pipeline, source, stage, withStages } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { stageCount } from './stage-count.js';

const many = (n: number) => [
  stage('Source', source()),
  ...Array.from({ length: n - 1 }, (_, i) => stage(`S${i}`, build(`B${i}`, ['SourceOutput'], []))),
];

ruleTests(stageCount, {
  valid: [
    { name: 'two stages', pipeline: pipeline() },
    { name: 'fifty stages', pipeline: withStages(...many(50)) },
  ],
  invalid: [
    { name: 'no stages', pipeline: withStages(), diagnostics: [{ path: '/stages' }] },
    { name: 'one stage', pipeline: withStages(stage('Source', source())), diagnostics: [{ path: '/stages' }] },
    {
      name: 'stages missing entirely',
      pipeline: { ...pipeline(), stages: undefined } as never,
      diagnostics: [{ path: '/stages' }],
    },
    { name: 'fifty-one stages', pipeline: withStages(...many(51)), diagnostics: [{ path: '/stages/50' }] },
  ],
});
