import type { Pipeline } from '../schema/pipeline.js';
import { ok, refuse } from './access.js';
import { addAction, moveAction, removeAction, renameAction } from './action-edits.js';
import {
  addInputArtifact,
  addOutputArtifact,
  removeInputArtifact,
  removeOutputArtifact,
  renameArtifact,
} from './artifact-edits.js';
import { pickBranch } from './branch-edits.js';
import { renameNamespace } from './namespace-edits.js';
import { replacePipeline, setField } from './set-field.js';
import { addStage, moveStage, removeStage, renameStage } from './stage-edits.js';
import type { EditResult, PipelineEdit } from './types.js';

/**
 * Applies one edit. Pure: the input is never mutated, unchanged parts are
 * shared with the result. An edit that would collide (duplicate names) or
 * break the document is refused with a reason instead.
 */
export function applyEdit(pipeline: Pipeline, edit: PipelineEdit): EditResult {
  switch (edit.kind) {
    case 'addStage':
      return addStage(pipeline, edit.stage, edit.index);
    case 'removeStage':
      return removeStage(pipeline, edit.stage);
    case 'renameStage':
      return renameStage(pipeline, edit.stage, edit.name);
    case 'moveStage':
      return moveStage(pipeline, edit.from, edit.to);
    case 'addAction':
      return addAction(pipeline, edit.stage, edit.action);
    case 'removeAction':
      return removeAction(pipeline, edit.stage, edit.action);
    case 'renameAction':
      return renameAction(pipeline, edit.stage, edit.action, edit.name);
    case 'moveAction':
      return moveAction(pipeline, edit);
    case 'setField':
      return setField(pipeline, edit.path, edit.value);
    case 'addInputArtifact':
      return addInputArtifact(pipeline, edit.stage, edit.action, edit.name);
    case 'removeInputArtifact':
      return removeInputArtifact(pipeline, edit.stage, edit.action, edit.name);
    case 'addOutputArtifact':
      return addOutputArtifact(pipeline, edit.stage, edit.action, edit.name);
    case 'removeOutputArtifact':
      return removeOutputArtifact(pipeline, edit.stage, edit.action, edit.name);
    case 'renameArtifact':
      return renameArtifact(pipeline, edit.from, edit.to);
    case 'renameNamespace':
      return renameNamespace(pipeline, edit.from, edit.to);
    case 'pickBranch':
      return pickBranch(pipeline, edit.condition, edit.branch);
    case 'replacePipeline':
      return replacePipeline(pipeline, edit.pipeline);
    case 'batch':
      return applyBatch(pipeline, edit.edits);
    default:
      return refuse(`unknown edit kind ${JSON.stringify((edit as { kind: unknown }).kind)}`);
  }
}

/** All or nothing: the first refusal refuses the whole batch, saying which edit failed. */
function applyBatch(pipeline: Pipeline, edits: readonly PipelineEdit[]): EditResult {
  let current = pipeline;
  for (const [i, edit] of edits.entries()) {
    const result = applyEdit(current, edit);
    if (!result.ok) return refuse(`edit ${i + 1} of ${edits.length} (${edit.kind}): ${result.reason}`);
    current = result.pipeline;
  }
  return ok(current);
}
