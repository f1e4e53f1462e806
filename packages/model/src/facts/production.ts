import { literal } from '../schema/opaque.js';
import type { Pipeline } from '../schema/pipeline.js';
import { effectiveRunOrder } from '../semantics/run-order.js';

/*
 * What "production-like" and "gated by an approval" mean, in one place: the
 * validator's approval-before-production rule and the diff's approval-removed
 * risk note must agree on both.
 */

const PRODUCTION = new Set(['prod', 'production', 'prd', 'live']);
const MAYBE_PRODUCTION = /pr[o]?d|live/i;
const CAMEL_CASE = /([a-z0-9])([A-Z])/g;
const NOT_LETTERS = /[^A-Za-z]+/;

/** True when a name has a word like "prod": splits on separators and camelCase. */
export function looksLikeProduction(name: string | undefined): boolean {
  if (!name || !MAYBE_PRODUCTION.test(name)) return false; // cheap pre-check before splitting into words
  return name
    .replace(CAMEL_CASE, '$1 $2')
    .split(NOT_LETTERS)
    .some((word) => PRODUCTION.has(word.toLowerCase()));
}

/** A deploy to production: a Deploy action whose own name or stage name looks like production. */
export interface ProductionDeploy {
  stage: number;
  action: number;
  /** An approval action runs before it: in an earlier stage, or in its stage at a lower run order. */
  gated: boolean;
}

interface ActionLike {
  name?: unknown;
  runOrder?: unknown;
  actionTypeId?: { category?: unknown };
}

function actionsOf(stage: unknown): ActionLike[] {
  const actions = (stage as { actions?: unknown } | null)?.actions;
  return Array.isArray(actions) ? (actions.filter((a) => typeof a === 'object' && a !== null) as ActionLike[]) : [];
}

function categoryOf(action: ActionLike): string | undefined {
  return typeof action.actionTypeId?.category === 'string' ? action.actionTypeId.category : undefined;
}

const runOrderOf = (action: ActionLike): number | undefined => effectiveRunOrder(action.runOrder);

/** Every production-like deploy of the pipeline and whether an approval gates it (same reading as the validator). */
export function productionDeploys(pipeline: Pipeline): ProductionDeploy[] {
  const stages: unknown[] = Array.isArray(pipeline.stages) ? pipeline.stages : [];
  let approvalStage = Infinity;
  const approvalRunOrder = new Map<number, number>();
  stages.forEach((stage, s) =>
    actionsOf(stage).forEach((a) => {
      if (categoryOf(a) !== 'Approval') return;
      approvalStage = Math.min(approvalStage, s);
      const order = runOrderOf(a);
      const prev = approvalRunOrder.get(s);
      if (order !== undefined && (prev === undefined || order < prev)) approvalRunOrder.set(s, order);
    }),
  );
  const found: ProductionDeploy[] = [];
  stages.forEach((stage, s) => {
    const stageIsProduction = looksLikeProduction(literal((stage as { name?: string } | null)?.name));
    const all = (stage as { actions?: unknown } | null)?.actions;
    if (!Array.isArray(all)) return;
    all.forEach((raw, a) => {
      if (typeof raw !== 'object' || raw === null) return;
      const action = raw as ActionLike;
      if (categoryOf(action) !== 'Deploy') return;
      if (!stageIsProduction && !looksLikeProduction(typeof action.name === 'string' ? action.name : undefined)) return;
      const sameStage = approvalRunOrder.get(s);
      const order = runOrderOf(action);
      const gated = approvalStage < s || (sameStage !== undefined && (order === undefined || sameStage < order));
      found.push({ stage: s, action: a, gated });
    });
  });
  return found;
}
