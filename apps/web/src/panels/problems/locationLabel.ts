import { literal, type Pipeline } from '@pipewright/model';

/** "Build › Compile › configuration/ProjectName" for a pointer: where a problem is, in words. */
export function locationLabel(pipeline: Pipeline, pointer: string): string {
  const m = /^\/stages\/(\d+)(?:\/actions\/(\d+))?(\/.*)?$/.exec(pointer);
  if (!m) return pointer === '' ? 'Pipeline' : `Pipeline › ${pointer.slice(1)}`;
  const stage = pipeline.stages[Number(m[1])];
  const parts = [literal(stage?.name) ?? `Stage ${Number(m[1]) + 1}`];
  if (m[2] !== undefined) {
    const action = stage?.actions[Number(m[2])];
    parts.push(literal(action?.name) ?? `Action ${Number(m[2]) + 1}`);
  }
  if (m[3]) parts.push(m[3].slice(1));
  return parts.join(' › ');
}
