import type { RuleModule } from '../types.js';
import { v2Features } from '../v2-features.js';

export const v2ImplicitUpgrade: RuleModule = {
  id: 'v2-implicit-upgrade',
  severity: 'warning',
  description: 'A pipeline without pipelineType that uses V2 features should say V2.',
  docs: {
    what: 'When `pipelineType` is omitted (V1 by default), reports the first V2-only feature the pipeline uses.',
    why:
      'AWS turns such a pipeline into V2 ("will result in the pipeline having the V2 type of pipeline and the ' +
      'associated costs"), while CDK and Terraform default to V1 and reject it. Saying V2 makes cost and behaviour explicit.',
    fix: 'Set `pipelineType` to V2 (the fix does).',
    rules: ['R62'],
    sources: [
      'API PipelineDeclaration.pipelineType',
      'CDK unspecifiedPipelineType warning',
      'TF pipeline_type default V1',
    ],
    notes: 'rules.md R62 inference: omitted type + V2 feature is a warning, explicit V1 an error (`v2-only-feature`).',
  },
  check({ pipeline, index, report }) {
    if (index.pipelineType !== undefined) return;
    const [first, ...rest] = v2Features(pipeline, index);
    if (!first) return;
    report({
      message: `Pipeline has no pipelineType but uses ${first.what}${rest.length ? ` and ${rest.length} more V2 feature(s)` : ''}; AWS will make it a V2 pipeline.`,
      path: first.path,
      fix: { title: 'Set pipelineType to V2', edit: { kind: 'setField', path: '/pipelineType', value: 'V2' } },
    });
  },
};
