import type { Action, EditResult, Pipeline, PipelineEdit } from '@pipewright/model';

/*
 * TEMPORARY stand-in for `applyEdit` from @pipewright/model, which the model
 * engineer is writing now. Delete this file (and point ../modelApi.ts at the
 * model) as soon as the real one is exported.
 */

type Mutable = Record<string, unknown>;

function clone<T>(value: T): T {
  return structuredClone(value);
}

function setAt(root: unknown, path: string, value: unknown): string | undefined {
  const segments = path
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = segments.pop();
  if (last === undefined) return 'cannot set the whole document with setField';
  let current = root as Mutable;
  for (const segment of segments) {
    let next = current[segment];
    if (next === undefined) {
      next = {};
      current[segment] = next;
    }
    if (typeof next !== 'object' || next === null) return `${path}: ${segment} is not an object`;
    current = next as Mutable;
  }
  if (Array.isArray(current)) {
    const index = Number(last);
    if (value === undefined) current.splice(index, 1);
    else current[index] = value;
  } else if (value === undefined) delete current[last];
  else current[last] = value;
  return undefined;
}

function actionAt(p: Pipeline, stage: number, action: number): Action | undefined {
  return p.stages[stage]?.actions[action];
}

function apply(p: Pipeline, edit: PipelineEdit): string | undefined {
  switch (edit.kind) {
    case 'addStage':
      p.stages.splice(edit.index ?? p.stages.length, 0, edit.stage);
      return undefined;
    case 'removeStage':
      if (!p.stages[edit.stage]) return `no stage ${edit.stage}`;
      p.stages.splice(edit.stage, 1);
      return undefined;
    case 'renameStage': {
      const stage = p.stages[edit.stage];
      if (!stage) return `no stage ${edit.stage}`;
      stage.name = edit.name;
      return undefined;
    }
    case 'moveStage': {
      const [stage] = p.stages.splice(edit.from, 1);
      if (!stage) return `no stage ${edit.from}`;
      p.stages.splice(edit.to, 0, stage);
      return undefined;
    }
    case 'addAction': {
      const stage = p.stages[edit.stage];
      if (!stage) return `no stage ${edit.stage}`;
      stage.actions.push(edit.action);
      return undefined;
    }
    case 'removeAction': {
      const stage = p.stages[edit.stage];
      if (!stage?.actions[edit.action]) return `no action ${edit.action} in stage ${edit.stage}`;
      stage.actions.splice(edit.action, 1);
      return undefined;
    }
    case 'renameAction': {
      const action = actionAt(p, edit.stage, edit.action);
      if (!action) return `no action ${edit.action} in stage ${edit.stage}`;
      action.name = edit.name;
      return undefined;
    }
    case 'moveAction': {
      const from = p.stages[edit.stage];
      const to = p.stages[edit.toStage];
      const action = from?.actions[edit.action];
      if (!from || !to || !action) return 'no such action or stage';
      from.actions.splice(edit.action, 1);
      if (edit.insertAsNewStep) {
        for (const other of to.actions) {
          const order = typeof other.runOrder === 'number' ? other.runOrder : 1;
          if (order >= edit.runOrder) other.runOrder = order + 1;
        }
      }
      action.runOrder = edit.runOrder;
      to.actions.push(action);
      return undefined;
    }
    case 'setField':
      return setAt(p, edit.path, edit.value);
    case 'addInputArtifact':
    case 'addOutputArtifact': {
      const action = actionAt(p, edit.stage, edit.action);
      if (!action) return `no action ${edit.action} in stage ${edit.stage}`;
      const key = edit.kind === 'addInputArtifact' ? 'inputArtifacts' : 'outputArtifacts';
      const list = (action[key] ??= []);
      if (list.some((a) => a.name === edit.name)) return `${edit.name} is already there`;
      list.push({ name: edit.name });
      return undefined;
    }
    case 'removeInputArtifact':
    case 'removeOutputArtifact': {
      const action = actionAt(p, edit.stage, edit.action);
      if (!action) return `no action ${edit.action} in stage ${edit.stage}`;
      const key = edit.kind === 'removeInputArtifact' ? 'inputArtifacts' : 'outputArtifacts';
      action[key] = (action[key] ?? []).filter((a) => a.name !== edit.name);
      return undefined;
    }
    case 'renameArtifact':
      for (const stage of p.stages)
        for (const action of stage.actions)
          for (const artifact of [...(action.inputArtifacts ?? []), ...(action.outputArtifacts ?? [])])
            if (artifact.name === edit.from) artifact.name = edit.to;
      return undefined;
    case 'renameNamespace':
      for (const stage of p.stages)
        for (const action of stage.actions) if (action.namespace === edit.from) action.namespace = edit.to;
      return undefined;
    case 'replacePipeline':
      return 'replacePipeline is handled by the caller';
    case 'batch':
      for (const inner of edit.edits) {
        const reason = inner.kind === 'replacePipeline' ? 'replacePipeline inside a batch' : apply(p, inner);
        if (reason) return reason;
      }
      return undefined;
  }
}

export function applyEditFallback(pipeline: Pipeline, edit: PipelineEdit): EditResult {
  if (edit.kind === 'replacePipeline') return { ok: true, pipeline: edit.pipeline };
  const next = clone(pipeline);
  const reason = apply(next, edit);
  return reason ? { ok: false, reason } : { ok: true, pipeline: next };
}
