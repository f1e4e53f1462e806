import { literal } from '@pipewright/model';
import type { ExportPlan } from '../types.js';
import { attr, block, str, type TfItem, type TfValue } from './ir.js';

/** The optional EventBridge rule matching this pipeline's execution state changes (the design's monitoring section). */
export function monitoringBlocks(plan: ExportPlan, label: string): TfItem[] {
  if (!plan.monitoring) return [];
  const pattern = plan.monitoring.eventPattern;
  const eventPattern: TfValue = {
    kind: 'call',
    name: 'jsonencode',
    args: [
      {
        kind: 'object',
        entries: [
          { key: 'source', value: { kind: 'list', items: pattern.source.map(str) } },
          { key: 'detail-type', value: { kind: 'list', items: pattern['detail-type'].map(str) } },
          {
            key: 'detail',
            value: {
              kind: 'object',
              entries: [
                {
                  key: 'pipeline',
                  value: { kind: 'list', items: [{ kind: 'reference', traversal: `aws_codepipeline.${label}.name` }] },
                },
              ],
            },
          },
        ],
      },
    ],
  };
  const name = literal(plan.pipeline.name);
  return [
    {
      kind: 'comment',
      text: 'Execution state changes of this pipeline; add an aws_cloudwatch_event_target to route them.',
    },
    block(
      'resource',
      ['aws_cloudwatch_event_rule', `${label}_execution_state_change`],
      [
        ...(name ? [attr('name', str(`${name}-execution-state-change`))] : []),
        attr('description', str('CodePipeline Pipeline Execution State Change events of this pipeline')),
        attr('event_pattern', eventPattern),
      ],
    ),
  ];
}
