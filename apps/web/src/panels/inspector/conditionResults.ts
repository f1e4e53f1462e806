import { CONDITION_RESULTS, STAGE_FAILURE_RESULTS, type ConditionKind, type ConditionResult } from '@pipewright/model';

/*
 * The results the stage form offers, from the model's one list (the validator's
 * `stage-conditions` rule reads the same list; conditionResults.test.ts holds the two together).
 */

/** Choices for `<kind>.conditions[].result`. */
export function conditionResultOptions(kind: ConditionKind): readonly [ConditionResult, ...ConditionResult[]] {
  return CONDITION_RESULTS[kind];
}

/** Choices for the stage's own `onFailure.result`. */
export function stageFailureResultOptions(): readonly ConditionResult[] {
  return STAGE_FAILURE_RESULTS;
}
