import { booleanChoiceOf, displayValue, dynamicOf, type Pipeline } from '@pipewright/model';
import type { ExportTarget, ExportWarning } from '../types.js';
import { isPlainObject } from './own.js';

/*
 * What a target cannot express is left out with a warning (structure.ts); what is left may then
 * not be a pipeline CodePipeline accepts: a stage whose every action was such a block, or fewer
 * than two stages. That is never written silently: an error-level warning names it. A source
 * already invalid the same way is the validator's to report, not the export's.
 */

const MIN_STAGES = 2;

const actionsOf = (stage: unknown): unknown[] =>
  isPlainObject(stage) && Array.isArray(stage['actions']) ? stage['actions'] : [];

/**
 * `written` holds the stages the target gets; `origins[i]` is the source pointer of
 * `written.stages[i]` (a stage made from a dynamic block has its template's).
 */
export function invalidAfterStructure(
  source: Pipeline,
  written: Pipeline,
  origins: readonly string[],
  target: ExportTarget,
): ExportWarning[] {
  const warnings: ExportWarning[] = [];
  const sourceStages: unknown[] = Array.isArray(source.stages) ? source.stages : [];
  const writtenStages: unknown[] = Array.isArray(written.stages) ? written.stages : [];
  writtenStages.forEach((stage, i) => {
    const origin = origins[i] ?? `/stages/${i}`;
    const from = sourceStages[Number(/^\/stages\/(\d+)$/.exec(origin)?.[1])];
    if (actionsOf(stage).length > 0 || actionsOf(from).length === 0) return;
    const name = isPlainObject(stage) ? displayValue(stage['name']) : '';
    warnings.push({
      code: 'structure-invalid',
      severity: 'error',
      message: `The ${target} export is not a valid pipeline: stage "${name}" has no action left (each of its actions is a Terraform dynamic block ${target} cannot express, named above), and CodePipeline needs at least one action in every stage. Add the actions before deploying it.`,
      path: `${origin}/actions`,
    });
  });
  // A dynamic stage over a collection may make any number of stages: the source may have enough.
  const open = sourceStages.some((s) => {
    const dynamic = dynamicOf(s);
    return dynamic !== undefined && booleanChoiceOf(dynamic.forEach) === undefined;
  });
  if (writtenStages.length < MIN_STAGES && (sourceStages.length >= MIN_STAGES || open)) {
    const names = writtenStages.map((s) => `"${isPlainObject(s) ? displayValue(s['name']) : ''}"`);
    warnings.push({
      code: 'structure-invalid',
      severity: 'error',
      message: `The ${target} export is not a valid pipeline: ${writtenStages.length === 0 ? 'no stage is' : `only stage ${names.join(', ')} is`} left (${writtenStages.length === 0 ? 'every stage is' : 'the others are'} Terraform dynamic blocks ${target} cannot express, named above), and CodePipeline needs at least ${MIN_STAGES} stages. Add the stages before deploying it.`,
      path: '/stages',
    });
  }
  return warnings;
}
