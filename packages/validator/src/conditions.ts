import { list, record, at } from './values.js';
import type { StageEntry } from './pipeline-index.js';

export const CONDITION_KINDS = ['beforeEntry', 'onSuccess', 'onFailure'] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

export interface RuleEntry {
  stage: StageEntry;
  kind: ConditionKind;
  raw: Record<string, unknown>;
  path: string;
}

const NO_RULES: readonly RuleEntry[] = [];
/** Several rules ask for the same stage's condition rules; list them once per stage entry. */
const listed = new WeakMap<StageEntry, readonly RuleEntry[]>();

/** Every rule declaration of a stage's conditions, with its pointer. */
export function stageRules(stage: StageEntry): readonly RuleEntry[] {
  let rules = listed.get(stage);
  if (rules === undefined) listed.set(stage, (rules = collectRules(stage)));
  return rules;
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
