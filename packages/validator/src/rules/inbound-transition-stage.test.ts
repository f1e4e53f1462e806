import { pipeline } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { inboundTransitionStage } from './inbound-transition-stage.js';

const disabled = (transitions: object[]) => ({ ...pipeline(), disableInboundStageTransitions: transitions }) as never;

ruleTests(inboundTransitionStage, {
  valid: [
    { name: 'none', pipeline: pipeline() },
    { name: 'existing stage with reason', pipeline: disabled([{ stageName: 'Build', reason: 'freeze' }]) },
  ],
  invalid: [
    {
      name: 'unknown stage',
      pipeline: disabled([{ stageName: 'Prod', reason: 'freeze' }]),
      diagnostics: [{ path: '/disableInboundStageTransitions/0/stageName' }],
    },
    {
      name: 'missing fields',
      pipeline: disabled([{}]),
      diagnostics: [
        { path: '/disableInboundStageTransitions/0/reason' },
        { path: '/disableInboundStageTransitions/0/stageName' },
      ],
    },
  ],
});
