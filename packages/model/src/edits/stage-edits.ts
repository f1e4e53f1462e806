import type { Pipeline, Stage } from '../schema/pipeline.js';
import { Stage as StageSchema } from '../schema/pipeline.js';
import { badName, badStage, isIndex, nameOf, ok, refuse, updateStage } from './access.js';
import type { EditResult } from './types.js';

export function addStage(pipeline: Pipeline, stage: Stage, index = pipeline.stages.length): EditResult {
  if (!isIndex(index, pipeline.stages.length + 1)) {
    return refuse(`stage index ${index} is out of range (0..${pipeline.stages.length})`);
  }
  if (!StageSchema.safeParse(stage).success) return refuse('the new stage is not a valid stage declaration');
  const name = nameOf(stage);
  if (name !== undefined && pipeline.stages.some((s) => nameOf(s) === name)) {
    return refuse(`a stage named "${name}" already exists`);
  }
  const stages = pipeline.stages.slice();
  stages.splice(index, 0, stage);
  return ok({ ...pipeline, stages });
}

export function removeStage(pipeline: Pipeline, index: number): EditResult {
  const problem = badStage(pipeline, index);
  if (problem) return refuse(problem);
  return ok({ ...pipeline, stages: pipeline.stages.filter((_, i) => i !== index) });
}

export function renameStage(pipeline: Pipeline, index: number, name: string): EditResult {
  const problem = badStage(pipeline, index) ?? badName(name, 'stage');
  if (problem) return refuse(problem);
  if (pipeline.stages.some((s, i) => i !== index && nameOf(s) === name)) {
    return refuse(`a stage named "${name}" already exists`);
  }
  return ok(updateStage(pipeline, index, (stage) => ({ ...stage, name })));
}

export function moveStage(pipeline: Pipeline, from: number, to: number): EditResult {
  const problem = badStage(pipeline, from) ?? badStage(pipeline, to);
  if (problem) return refuse(problem);
  if (from === to) return ok(pipeline);
  const stages = pipeline.stages.slice();
  const [moved] = stages.splice(from, 1);
  stages.splice(to, 0, moved as Stage);
  return ok({ ...pipeline, stages });
}
