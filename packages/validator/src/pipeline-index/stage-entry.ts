import type { ConditionKind } from '@pipewright/model';
import type { ActionEntry } from './entries.js';

/** One stage with its actions, as the index lists it. */
export interface StageEntry {
  index: number;
  raw: Record<string, unknown>;
  path: string;
  name: string | undefined;
  actions: ActionEntry[];
  /** Actions that are opaque as a whole (e.g. a CloudFormation `Fn::If`): counted, never inspected. */
  opaqueActions: number;
  /** The condition rules of the stage, listed on first use by `conditionRulesOf()`. */
  conditionRules: readonly ConditionRuleEntry[] | undefined;
}

/**
 * One rule declared in a stage condition (`beforeEntry`, `onSuccess`, `onFailure`), with its
 * pointer. Named so: in the validator a bare "rule" is a validation rule (`RuleModule`).
 */
export interface ConditionRuleEntry {
  stage: StageEntry;
  kind: ConditionKind;
  raw: Record<string, unknown>;
  path: string;
}
