import { build, pipeline, source, stage } from '../../test/fixtures.js';
import { ruleTests } from '../../test/rule-tester.js';
import { v2OnlyFeature } from './v2-only-feature.js';

const trigger = {
  providerType: 'CodeStarSourceConnection' as const,
  gitConfiguration: { sourceActionName: 'Source', push: [{ tags: { includes: ['v*'] } }] },
};

ruleTests(v2OnlyFeature, {
  valid: [
    {
      name: 'V2 with everything',
      pipeline: pipeline({
        triggers: [trigger],
        variables: [{ name: 'a', defaultValue: 'b' }],
        executionMode: 'QUEUED',
      }),
    },
    { name: 'V1 without V2 features', pipeline: pipeline({ pipelineType: 'V1', executionMode: 'SUPERSEDED' }) },
    { name: 'omitted type is another rule', pipeline: pipeline({ pipelineType: undefined, triggers: [trigger] }) },
  ],
  invalid: [
    {
      name: 'triggers on V1 (CDK T9)',
      pipeline: pipeline({ pipelineType: 'V1', triggers: [trigger] }),
      diagnostics: [{ path: '/triggers', related: ['/pipelineType'], fix: true }],
    },
    {
      name: 'variables on V1 (CDK V1)',
      pipeline: pipeline({ pipelineType: 'V1', variables: [{ name: 'a', defaultValue: 'b' }] }),
      diagnostics: [{ path: '/variables', fix: true }],
    },
    {
      name: 'QUEUED on V1 (CDK P4)',
      pipeline: pipeline({ pipelineType: 'V1', executionMode: 'QUEUED' }),
      diagnostics: [{ path: '/executionMode', fix: true }],
    },
    {
      name: 'PARALLEL on V1 (CDK P4b)',
      pipeline: pipeline({ pipelineType: 'V1', executionMode: 'PARALLEL' }),
      diagnostics: [{ path: '/executionMode', fix: true }],
    },
    {
      name: 'stage condition on V1',
      pipeline: pipeline({
        pipelineType: 'V1',
        stages: [stage('Source', source()), { ...stage('Build', build()), onFailure: { result: 'ROLLBACK' } }],
      }),
      diagnostics: [{ path: '/stages/1/onFailure', fix: true }],
    },
    {
      name: 'Commands action on V1',
      pipeline: pipeline({
        pipelineType: 'V1',
        stages: [
          stage('Source', source()),
          stage('Run', {
            name: 'R',
            actionTypeId: { category: 'Compute', owner: 'AWS', provider: 'Commands', version: '1' },
            commands: ['ls'],
            inputArtifacts: [{ name: 'SourceOutput' }],
          }),
        ],
      }),
      diagnostics: [{ path: '/stages/1/actions/0/actionTypeId/provider', fix: true }],
    },
  ],
});
