import { ACCOUNT, OTHER_ACCOUNT, actionAt, edited, release, role } from '../../../test/diff/fixtures.js';
import { riskTests } from '../../../test/diff/risk-tester.js';
import { stopsRunningExecutions } from './stops-running-executions.js';

const base = release();
void ACCOUNT;
void OTHER_ACCOUNT;
void role;
void actionAt;

riskTests(stopsRunningExecutions, {
  clean: [
    { name: 'no change', old: base, new: release() },
    {
      name: 'SUPERSEDED spelled out where it was the default',
      old: edited(base, (p) => delete p.executionMode),
      new: edited(base, (p) => (p.executionMode = 'SUPERSEDED')),
    },
  ],
  flagged: [
    {
      name: 'the execution mode changes',
      old: base,
      new: edited(base, (p) => (p.executionMode = 'PARALLEL')),
      findings: [{ oldPath: '/executionMode', newPath: '/executionMode' }],
    },
    {
      name: 'the pipeline type changes',
      old: edited(base, (p) => (p.pipelineType = 'V1')),
      new: base,
      findings: [{ oldPath: '/pipelineType', newPath: '/pipelineType' }],
    },
  ],
});
