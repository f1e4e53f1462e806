import type { Action, Pipeline, Stage } from '../schema/pipeline.js';

/*
 * Edits are data. The canvas, the forms and the JSON editor all express changes as
 * a PipelineEdit; one pure `applyEdit(pipeline, edit)` applies them, so undo,
 * autosave and re-validation hang off a single path.
 *
 * Stages and actions are addressed by index (names may be duplicated in a broken
 * pipeline). Paths are JSON pointers relative to the pipeline declaration.
 */
export type PipelineEdit =
  | { kind: 'addStage'; stage: Stage; index?: number }
  | { kind: 'removeStage'; stage: number }
  | { kind: 'renameStage'; stage: number; name: string }
  | { kind: 'moveStage'; from: number; to: number }
  /** Adds an action; `action.runOrder` places it (equal run order = parallel). */
  | { kind: 'addAction'; stage: number; action: Action }
  | { kind: 'removeAction'; stage: number; action: number }
  /** Renames an action; trigger `sourceActionName` references follow. */
  | { kind: 'renameAction'; stage: number; action: number; name: string }
  /**
   * Moves an action to another stage and/or run order. `insertAsNewStep` shifts the
   * run orders of the target stage at and after `runOrder` up by one first, making
   * room for a new sequential step instead of joining the existing one in parallel.
   */
  | {
      kind: 'moveAction';
      stage: number;
      action: number;
      toStage: number;
      runOrder: number;
      insertAsNewStep?: boolean;
    }
  /** Sets (or, with `value: undefined`, removes) the value at a JSON pointer. */
  | { kind: 'setField'; path: string; value: unknown }
  | { kind: 'addInputArtifact'; stage: number; action: number; name: string }
  | { kind: 'removeInputArtifact'; stage: number; action: number; name: string }
  | { kind: 'addOutputArtifact'; stage: number; action: number; name: string }
  | { kind: 'removeOutputArtifact'; stage: number; action: number; name: string }
  /** Renames an output artifact; every input that consumes it follows. */
  | { kind: 'renameArtifact'; from: string; to: string }
  /** Renames an action namespace; every `#{from.var}` reference follows. */
  | { kind: 'renameNamespace'; from: string; to: string }
  /**
   * Picks the branch of every conditional on `condition` (`then`: true) for the targets that
   * cannot hold a condition; the document then holds the picked branch (edits/branch-edits.ts).
   */
  | { kind: 'pickBranch'; condition: string; branch: 'then' | 'else' }
  /** Replaces the whole declaration (imports, JSON-view edits). */
  | { kind: 'replacePipeline'; pipeline: Pipeline }
  /** Several edits applied as one (one undo step); all or nothing. */
  | { kind: 'batch'; edits: PipelineEdit[]; label?: string };

export type EditResult = { ok: true; pipeline: Pipeline } | { ok: false; reason: string };
