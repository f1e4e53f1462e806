import type { Pipeline, RuleDeclaration, Stage } from '@pipewright/model';
import { build, pipeline, source, stage } from './fixtures.js';

/* Stage-condition rules of each documented type, for the rule-config-* and condition-skip-rules tests. */

export function conditionRule(
  provider: string,
  configuration?: Record<string, string>,
  name = provider,
): RuleDeclaration {
  return {
    name,
    ruleTypeId: { category: 'Rule', owner: 'AWS', provider, version: '1' },
    ...(configuration && { configuration }),
  };
}

/** A clean V2 pipeline whose Build stage has the given condition blocks. */
export function withStageConditions(conditions: Partial<Stage>): Pipeline {
  return pipeline({
    pipelineType: 'V2',
    stages: [stage('Source', source()), { ...stage('Build', build()), ...conditions }],
  });
}

export const beforeEntry = (result: 'FAIL' | 'SKIP', ...rules: RuleDeclaration[]) =>
  withStageConditions({ beforeEntry: { conditions: [{ result, rules }] } });
