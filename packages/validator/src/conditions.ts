import { CONDITION_KINDS, type ConditionKind } from '@pipewright/model';
import type { ConditionRuleEntry, StageEntry } from './pipeline-index.js';
import { list, record, at } from './values.js';

export { CONDITION_KINDS, type ConditionKind };

const NO_CONDITION_RULES: readonly ConditionRuleEntry[] = [];

/**
 * Every rule declaration of a stage's conditions, with its pointer. Several validation rules
 * ask, so the list is kept on the stage entry, which lives as long as one validate() call.
 */
export function conditionRulesOf(stage: StageEntry): readonly ConditionRuleEntry[] {
  return (stage.conditionRules ??= collectConditionRules(stage));
}

function collectConditionRules(stage: StageEntry): readonly ConditionRuleEntry[] {
  let out: ConditionRuleEntry[] | undefined;
  for (const kind of CONDITION_KINDS) {
    const block = record(stage.raw[kind]);
    if (!block) continue;
    const conditions = list(block.conditions);
    for (let c = 0; c < conditions.length; c++) {
      const rules = list(record(conditions[c])?.rules);
      for (let r = 0; r < rules.length; r++)
        (out ??= []).push({
          stage,
          kind,
          raw: record(rules[r]) ?? {},
          path: at(stage.path, kind, 'conditions', c, 'rules', r),
        });
    }
  }
  return out ?? NO_CONDITION_RULES;
}
