/*
 * When an action runs, as the service reads it. The API's default run order is 1; an
 * expression (a CloudFormation intrinsic, a Terraform reference) or a malformed value is
 * unknown until deploy time. The one rule for an unknown run order: nothing is claimed about
 * it. Two actions of one stage of which either run order is unknown may run in either order,
 * so neither is reported as running too late (no validator finding, no backwards edge on the
 * canvas) and an artifact of the one is offered to the other.
 */

/** Where an action sits in time: its stage and its effective run order (undefined when unknown). */
export interface RunPosition {
  readonly stageIndex: number;
  readonly runOrder: number | undefined;
}

/** The run order an action runs at: 1 when absent, undefined when opaque or not a number. */
export function effectiveRunOrder(runOrder: unknown): number | undefined {
  if (runOrder === undefined) return 1;
  return typeof runOrder === 'number' ? runOrder : undefined;
}

/**
 * True when `a` may finish before `b` starts: an earlier stage, or the same stage with a lower
 * run order, or the same stage with a run order that is unknown (see above).
 */
export function runsBefore(a: RunPosition, b: RunPosition): boolean {
  if (a.stageIndex !== b.stageIndex) return a.stageIndex < b.stageIndex;
  if (a.runOrder === undefined || b.runOrder === undefined) return true;
  return a.runOrder < b.runOrder;
}

/** The first of `producers` that runs before `consumer` (a loop, not a closure: validation calls it per input). */
export function firstRunningBefore<P extends RunPosition>(
  producers: readonly P[],
  consumer: RunPosition,
): P | undefined {
  for (const p of producers) if (runsBefore(p, consumer)) return p;
  return undefined;
}
