import type { Pipeline } from '../schema/pipeline.js';

/*
 * The structural diff of two pipeline declarations: which stages and actions
 * correspond, and what changed, each change with a JSON pointer into each side.
 */

export const CHANGE_KINDS = ['added', 'removed', 'changed', 'renamed', 'moved', 'reordered'] as const;
/**
 * - `added` / `removed`: the element or field exists on one side only.
 * - `changed`: a field's value differs.
 * - `renamed`: a stage or action matched by what it is, under another name (`field` is `/name`).
 * - `moved`: an action now in another stage (old and new values are the stage names).
 * - `reordered`: an action's run order, a stage's position (old and new index), or the order of
 *   a named list (input artifacts, variables...) changed.
 */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** What a change is about: the pipeline's own fields, a stage's (not its actions) or an action's. */
export type ChangeTarget = 'pipeline' | 'stage' | 'action';

export type RiskSeverity = 'high' | 'medium' | 'low';

export interface DiffChange {
  kind: ChangeKind;
  target: ChangeTarget;
  /** The stage the change is in: its new name, or its old one when it is gone. */
  stage?: string;
  /** The action the change is in: its new name, or its old one when it is gone. */
  action?: string;
  /** The field, as a pointer relative to the target element (`/configuration/BranchName`); `''` for the element itself. */
  field: string;
  /** Where the changed thing is in the old declaration; absent when it is new. */
  oldPath?: string;
  /** Where it is in the new declaration; absent when it is gone. */
  newPath?: string;
  /** The target element (stage, action or `''` for the pipeline) in the old declaration, when it exists there. */
  oldElement?: string;
  /** The target element in the new declaration, when it exists there (views select this). */
  newElement?: string;
  /** The value on the old side (absent for `added`). */
  oldValue?: unknown;
  /** The value on the new side (absent for `removed`). */
  newValue?: unknown;
  /** Ids of the risk findings about this change. */
  risks: string[];
}

/** A risk one change (or a set of changes) brings, e.g. an approval before production removed. */
export interface RiskFinding {
  /** The risk note's id (`approval-removed`). */
  id: string;
  severity: RiskSeverity;
  /** Names the stage, action or field and what the change does. */
  message: string;
  /** Where it is in the old declaration, when it exists there. */
  oldPath?: string;
  /** Where it is in the new declaration, when it exists there. */
  newPath?: string;
}

/** Stage and action correspondences (indices into each side's `stages` and their `actions`). */
export interface DiffMatches {
  stages: { old: number; new: number }[];
  actions: { old: [stage: number, action: number]; new: [stage: number, action: number] }[];
}

export interface PipelineDiff {
  /** In the new declaration's order (pipeline fields, then stage by stage); removed things where they were. */
  changes: DiffChange[];
  /** Most severe first. */
  risks: RiskFinding[];
  matches: DiffMatches;
}

export interface RiskNoteDocs {
  /** What the note looks for. */
  what: string;
  /** Why a reviewer should look (what can go wrong in the account). */
  why: string;
  /** What to check before approving the change. */
  review: string;
  /** Where the behaviour is documented (AWS docs, the design). */
  sources: string[];
}

export interface RiskContext {
  readonly old: Pipeline;
  readonly new: Pipeline;
  readonly changes: readonly DiffChange[];
  readonly matches: DiffMatches;
  /** Records a finding; `changes` lists the indices (into `changes`) it is about. */
  report(finding: Omit<RiskFinding, 'id' | 'severity'>, changes?: readonly number[]): void;
}

/** One risk note: `src/diff/risks/<id>.ts`, registered in `src/diff/risks/index.ts`, tested beside it. */
export interface RiskNote {
  id: string;
  severity: RiskSeverity;
  /** One line. */
  description: string;
  docs: RiskNoteDocs;
  check(context: RiskContext): void;
}
