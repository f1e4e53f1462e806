/*
 * The results each kind of stage condition may take: one list for the inspector's dropdowns and
 * the validator's `stage-conditions` rule (a test holds both to it). The sources disagree; the
 * model README's "Condition results" note says where and which way each list goes.
 *
 * - API (codepipeline-service-2.json): `Condition.result` and `FailureConditions.result` are both
 *   the `Result` enum ROLLBACK | FAIL | RETRY | SKIP, for every kind.
 * - CloudFormation schema: `FailureConditions.Result` is ROLLBACK | RETRY; `Condition.Result` is
 *   any string.
 * - AWS docs (concepts-how-it-works-conditions): entry conditions fail or skip, success
 *   conditions roll back or fail, failure conditions roll back; a failed stage retries
 *   (stage-retry, "Automatic retry on stage failure", October 2024).
 */

import type { RESULTS } from './pipeline.js';

/** A value of the API's `Result` enum. */
export type ConditionResult = (typeof RESULTS)[number];

/** Kinds of stage condition, in the order a stage runs them. */
export const CONDITION_KINDS = ['beforeEntry', 'onSuccess', 'onFailure'] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

/** `conditions[].result` per kind: what the docs describe (each is in the API's enum). */
export const CONDITION_RESULTS: Readonly<Record<ConditionKind, readonly [ConditionResult, ...ConditionResult[]]>> = {
  beforeEntry: ['FAIL', 'SKIP'],
  onSuccess: ['ROLLBACK', 'FAIL'],
  onFailure: ['ROLLBACK'],
};

/**
 * `onFailure.result`, the stage's own failure result: ROLLBACK and RETRY (API, CloudFormation and
 * docs agree) and FAIL (API only: the stage fails, as it does with no result). SKIP is in the
 * API's enum but no source describes skipping a failed stage and CloudFormation rejects it.
 * RETRY needs no `retryConfiguration` (the API does not require one).
 */
export const STAGE_FAILURE_RESULTS: readonly ConditionResult[] = ['ROLLBACK', 'RETRY', 'FAIL'];
