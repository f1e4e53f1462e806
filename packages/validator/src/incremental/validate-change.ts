import type { Pipeline, Stage } from '@pipewright/model';
import { hasStructure } from '../branches.js';
import { INTERNAL_ERROR, finish, reportsByRule, validate } from '../engine.js';
import { rules } from '../rules/index.js';
import type { Diagnostic, ValidateOptions } from '../types.js';
import { changedStages } from './changed-stages.js';
import { stageOfPath } from './stage-of-path.js';

/*
 * Validation after an edit, re-checking what the edit touched instead of the whole document.
 *
 *   previous Validation ──changedStages()──> stages the edit replaced (identity: edits share the rest)
 *        │                                       │
 *        │   rules with scope 'stage' ──> run on a copy where only those stages have content;
 *        │                                their reports about the other stages are kept
 *        │   every other rule ──────────> run on the whole document, as validate() does
 *        └──> merged in rule order ──> finish() (placeholder noise, sort) ──> diagnostics
 *
 * The result always equals `validate(pipeline, options)` (validate-change.test.ts checks it on
 * random edits of random pipelines). Anything else — a pipeline field changed, stages added,
 * removed or moved, other options, conditional or dynamic parts, a rule that threw — validates
 * the whole document. No state outside the `Validation` handed in and returned.
 */

/** One validation's result, and what validating the next version of the document reuses. */
export interface Validation {
  readonly pipeline: Pipeline;
  readonly diagnostics: Diagnostic[];
  /** The options, as JSON: another value validates the whole document. */
  readonly options: string;
  /** What each stage-scoped rule reported, in rule order; undefined when it cannot be reused. */
  readonly reports: readonly StageReports[] | undefined;
}

/** One stage-scoped rule's reports: under each stage (by index), and outside every stage. */
interface StageReports {
  readonly byStage: readonly (readonly Diagnostic[] | undefined)[];
  readonly outside: readonly Diagnostic[];
}

const STAGE_RULES = rules.filter((rule) => rule.scope === 'stage');
const WHOLE_RULES = rules.filter((rule) => rule.scope !== 'stage');
const SCOPED: readonly boolean[] = rules.map((rule) => rule.scope === 'stage');

/** Stands in for the stages an edit did not touch: what stage-scoped rules say about it is dropped. */
const UNTOUCHED: Stage = Object.freeze({ name: 'Untouched', actions: [] }) as Stage;

/**
 * Validates `pipeline`, reusing `previous` (the validation of an earlier version of the same
 * document, or undefined) where the change cannot have altered a rule's verdict.
 */
export function validateChange(
  previous: Validation | undefined,
  pipeline: Pipeline,
  options: ValidateOptions = {},
): Validation {
  const key = JSON.stringify(options);
  if (previous?.options === key) {
    if (previous.pipeline === pipeline) return previous;
    const changed = previous.reports && changedStages(previous.pipeline, pipeline);
    // Most stages replaced (another document): one pass over the whole is cheaper than two.
    const few = changed && changed.length <= pipeline.stages.length / 2;
    const result = few && revalidateStages(previous, pipeline, options, changed);
    if (result) return result;
  }
  return validateWhole(pipeline, options, key);
}

/** The whole document, keeping each stage-scoped rule's reports for the next change. */
function validateWhole(pipeline: Pipeline, options: ValidateOptions, key: string): Validation {
  if (hasStructure(pipeline))
    return { pipeline, options: key, diagnostics: validate(pipeline, options), reports: undefined };
  const byRule = reportsByRule(pipeline, rules, options);
  const stageCount = pipeline.stages.length;
  const reports = byRule.filter((_, r) => SCOPED[r]).map((list) => splitByStage(list, stageCount));
  return { pipeline, options: key, diagnostics: finish(byRule.flat()), reports };
}

function revalidateStages(
  previous: Validation,
  pipeline: Pipeline,
  options: ValidateOptions,
  changed: readonly number[],
): Validation | undefined {
  const stageCount = pipeline.stages.length;
  const touched = new Uint8Array(stageCount);
  for (const s of changed) touched[s] = 1;
  const alone: Pipeline = { ...pipeline, stages: pipeline.stages.map((stage, s) => (touched[s] ? stage : UNTOUCHED)) };
  // The other stages had no conditional or dynamic part (their reports were kept): look at these.
  if (hasStructure(alone)) return undefined;
  const scoped = reportsByRule(alone, STAGE_RULES, options);
  if (scoped.some((list) => list.some((d) => d.ruleId === INTERNAL_ERROR))) return undefined;
  const whole = reportsByRule(pipeline, WHOLE_RULES, options);

  const out: Diagnostic[] = [];
  const reports: StageReports[] = [];
  let nextScoped = 0;
  let nextWhole = 0;
  for (let r = 0; r < rules.length; r++) {
    if (!SCOPED[r]) {
      append(out, whole[nextWhole++]!);
      continue;
    }
    const before = previous.reports![nextScoped]!;
    const fresh = splitByStage(scoped[nextScoped++]!, stageCount);
    const byStage = before.byStage.slice();
    for (const s of changed) byStage[s] = fresh.byStage[s];
    reports.push({ byStage, outside: before.outside });
    append(out, before.outside);
    for (const list of byStage) if (list) append(out, list);
  }
  return { pipeline, options: previous.options, diagnostics: finish(out), reports };
}

function splitByStage(list: readonly Diagnostic[], stageCount: number): StageReports {
  const byStage: Diagnostic[][] = [];
  const outside: Diagnostic[] = [];
  for (const d of list) {
    const s = stageOfPath(d.path);
    if (s < 0 || s >= stageCount) outside.push(d);
    else (byStage[s] ??= []).push(d);
  }
  return { byStage, outside };
}

/** `push(...items)` without spreading a long list into arguments. */
function append<T>(out: T[], items: readonly T[]): void {
  for (const item of items) out.push(item);
}
