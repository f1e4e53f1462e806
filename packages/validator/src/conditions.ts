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

/** Every rule declaration of a stage's conditions, with its pointer. */
export function stageRules(stage: StageEntry): RuleEntry[] {
  const out: RuleEntry[] = [];
  for (const kind of CONDITION_KINDS) {
    const block = record(stage.raw[kind]);
    if (!block) continue;
    list(block.conditions).forEach((condition, c) =>
      list(record(condition)?.rules).forEach((rule, r) =>
        out.push({ stage, kind, raw: record(rule) ?? {}, path: at(stage.path, kind, 'conditions', c, 'rules', r) }),
      ),
    );
  }
  return out;
}
