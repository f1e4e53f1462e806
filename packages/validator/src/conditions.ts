import { CONDITION_KINDS, type ConditionKind } from '@pipewright/model';
import { list, record, at } from './values.js';
import type { StageEntry } from './pipeline-index.js';

export { CONDITION_KINDS, type ConditionKind };

export interface RuleEntry {
  stage: StageEntry;
  kind: ConditionKind;
  raw: Record<string, unknown>;
  path: string;
}

const NO_RULES: readonly RuleEntry[] = [];

/**
 * Every rule declaration of a stage's conditions, with its pointer. Several rules ask, so the
 * list is kept on the stage entry. (Not in a module-level WeakMap: a long-lived table pointing
 * at each call's young entries made the garbage collector promote whole indexes.)
 */
export function stageRules(stage: StageEntry): readonly RuleEntry[] {
  return (stage.conditionRules ??= collectRules(stage));
}

function collectRules(stage: StageEntry): readonly RuleEntry[] {
  let out: RuleEntry[] | undefined;
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
  return out ?? NO_RULES;
}
