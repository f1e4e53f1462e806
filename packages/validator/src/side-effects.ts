import type { ActionEntry } from './pipeline-index.js';

/*
 * What an action may depend on besides artifacts and variables: what an earlier action did to the
 * world, or its verdict. Used by advice that would change what runs before what
 * (parallelizable-actions), which must never offer to run a step alongside something it may
 * need to wait for.
 *
 * Every action but a source or a build is a gate: a smoke test after a deploy, a build only once
 * the unit tests passed, a deploy only after an approval, and every action acting on a resource
 * an earlier one set up (CHANGE_SET_EXECUTE after the CHANGE_SET_REPLACE that creates its change
 * set, a second deployment to the same CodeDeploy deployment group, the same ECS service, Lambda
 * function or state machine: all of these are Deploy or Invoke actions) may rely on it. Sources
 * and builds are the only actions whose order the artifacts and variables explain.
 */

/** May a later action rely on this one's effect or verdict, whatever it consumes? (Unknown categories too.) */
export function isGate(action: ActionEntry): boolean {
  return action.category !== 'Source' && action.category !== 'Build';
}
