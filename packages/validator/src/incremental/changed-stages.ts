import type { Pipeline } from '@pipewright/model';

/**
 * The stages an edit replaced, by index, when it changed nothing else: the same number of
 * stages and every field beside `stages` the same value (edits share what they leave alone, so
 * identity says what they touched). Undefined when anything outside the stages changed (a
 * pipeline field, a stage added, removed or moved), when all of them must be looked at again.
 */
export function changedStages(before: Pipeline, after: Pipeline): number[] | undefined {
  if (!sameFieldsBesideStages(before, after)) return undefined;
  const old: unknown = before.stages;
  const stages: unknown = after.stages;
  if (!Array.isArray(old) || !Array.isArray(stages) || old.length !== stages.length) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < stages.length; i++) if (stages[i] !== old[i]) changed.push(i);
  return changed;
}

function sameFieldsBesideStages(before: Pipeline, after: Pipeline): boolean {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  const keys = Object.keys(b);
  if (keys.length !== Object.keys(a).length) return false;
  for (const key of keys) if (key !== 'stages' && (!Object.hasOwn(a, key) || a[key] !== b[key])) return false;
  return true;
}
