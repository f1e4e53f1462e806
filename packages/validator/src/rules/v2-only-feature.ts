import type { RuleModule } from '../types.js';
import { v2Features } from '../v2-features.js';

export const v2OnlyFeature: RuleModule = {
  id: 'v2-only-feature',
  severity: 'error',
  description:
    'A V1 pipeline uses no V2-only feature (triggers, variables, QUEUED/PARALLEL, stage conditions, V2-only actions).',
  docs: {
    what:
      'On a pipeline with `pipelineType: V1`, reports triggers, pipeline variables, QUEUED or PARALLEL execution mode, ' +
      'stage conditions (beforeEntry, onSuccess, onFailure) and V2-only action providers (Commands, ECRBuildAndPublish, ' +
      'EC2 and EKS deploy, Lambda deploy, CodePipeline invoke).',
    why: 'These features exist only on V2 pipelines; CDK rejects them on V1 and AWS docs mark the providers "only supported for V2".',
    fix: 'Set `pipelineType` to V2 (the fix does; V2 is billed per action minute), or remove the feature.',
    rules: ['R62', 'R63', 'R64', 'R65', 'R66', 'R67'],
    sources: [
      'API PipelineDeclaration.pipelineType',
      'CDK ExecutionModeRequiresV2Pipeline and trigger/variable checks',
      'DOC pipeline-types',
      'DOC action references (V2 only)',
    ],
    notes:
      'The API says V2 parameters in a declaration "will result in the pipeline having the V2 type"; CDK raises an ' +
      'error. With an explicit V1 this rule errors; with pipelineType omitted, `v2-implicit-upgrade` warns instead. ' +
      'Stage conditions as V2-only is an inference (rules.md R66).',
  },
  check({ pipeline, index, report }) {
    if (index.pipelineType !== 'V1') return;
    for (const feature of v2Features(pipeline, index))
      report({
        message: `Pipeline is V1 but uses ${feature.what}, which only V2 pipelines support.`,
        path: feature.path,
        related: ['/pipelineType'],
        fix: { title: 'Set pipelineType to V2', edit: { kind: 'setField', path: '/pipelineType', value: 'V2' } },
      });
  },
};
