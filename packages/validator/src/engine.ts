import type { Pipeline } from '@pipewright/model';
import { branchVariants, dynamicParts, hasStructure } from './branches.js';
import { buildIndex } from './pipeline-index.js';
import { rules } from './rules/index.js';
import type { Diagnostic, Report, RuleModule, ValidateOptions } from './types.js';

/**
 * Checks a pipeline declaration against every rule. Pure: no I/O, the input is
 * never modified, and the same input gives the same diagnostics in the same
 * order (natural order of `path`, then rule order).
 */
export function validate(pipeline: Pipeline, options: ValidateOptions = {}): Diagnostic[] {
  if (!hasStructure(pipeline)) return runRules(pipeline, rules, options);
  const found: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const variant of branchVariants(pipeline)) {
    // Dynamic blocks over a collection: for_each decides how many there are, so counts stay open there.
    const dynamic = dynamicParts(variant.pipeline);
    const own = dynamic.length > 0 ? { ...options, incomplete: [...(options.incomplete ?? []), ...dynamic] } : options;
    for (const d of runRules(variant.pipeline, rules, own)) {
      const path = variant.remap(d.path);
      const key = `${d.ruleId} ${path} ${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const message = variant.label ? `${variant.label}: ${d.message}` : d.message;
      const diagnostic: Diagnostic = { ruleId: d.ruleId, severity: d.severity, message, path };
      if (d.related) diagnostic.related = d.related.map(variant.remap);
      // A fix edits the world it was found in; it applies to the document only where the two agree.
      if (d.fix && path === d.path && !variant.label) diagnostic.fix = d.fix;
      found.push(diagnostic);
    }
  }
  return sortByPath(found);
}

/** Runs the given rules only (tests and tools that want a subset). */
export function runRules(
  pipeline: Pipeline,
  ruleList: readonly RuleModule[],
  options: ValidateOptions = {},
): Diagnostic[] {
  return finish(reportsByRule(pipeline, ruleList, options).flat());
}

/**
 * What each rule reports, in rule order, before the cross-rule steps of `finish` (severities
 * applied; a rule that throws reports one `internal-error`). Incremental validation keeps these
 * per rule to re-run only some rules on some stages (incremental/validate-change.ts).
 */
export function reportsByRule(
  pipeline: Pipeline,
  ruleList: readonly RuleModule[],
  options: ValidateOptions = {},
): Diagnostic[][] {
  const index = buildIndex(pipeline);
  const byRule: Diagnostic[][] = [];
  for (const rule of ruleList) {
    const out: Diagnostic[] = [];
    byRule.push(out);
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    const ruleId = rule.id;
    const severity = setting ?? rule.severity;
    const unknown = options.incomplete?.length ? options.incomplete : undefined;
    const mode = unknown ? rule.completeness : undefined;
    if (mode === 'whole') continue; // its verdict could be wrong either way
    const report = (r: Report) => {
      if (mode === 'subtree' && unknown!.some((u) => onOneBranch(u, r.path))) return;
      // Built field by field: an object spread here is measurably slower on large pipelines.
      const diagnostic: Diagnostic = { ruleId, severity, message: r.message, path: r.path };
      if (r.related) diagnostic.related = r.related;
      if (r.fix) diagnostic.fix = r.fix;
      out.push(diagnostic);
    };
    try {
      rule.check({ pipeline, index, options, report });
    } catch (error) {
      // A rule bug must not take validation down; say which rule failed instead.
      const message = `Rule '${ruleId}' failed on this pipeline: ${error instanceof Error ? error.message : String(error)}`;
      out.push({ ruleId: INTERNAL_ERROR, severity: 'error', message, path: '' });
    }
  }
  return byRule;
}

export const INTERNAL_ERROR = 'internal-error';

/** The steps over every rule's reports: placeholder noise dropped, then sorted by path. */
export function finish(out: Diagnostic[]): Diagnostic[] {
  return sortByPath(withoutPlaceholderNoise(out));
}

/**
 * A value holding a template placeholder gets one diagnostic, `placeholder` ("replace it"): what
 * other rules say about the same value (not an IAM role ARN, not a bucket name) is noise.
 */
function withoutPlaceholderNoise(out: Diagnostic[]): Diagnostic[] {
  let placeholders: Set<string> | undefined;
  for (const d of out) if (d.ruleId === 'placeholder') (placeholders ??= new Set()).add(d.path);
  if (!placeholders) return out;
  const held = placeholders;
  return out.filter((d) => d.ruleId === 'placeholder' || !held.has(d.path));
}

/**
 * Sorts by the natural order of `path`; equal paths keep the order they were reported in,
 * which is rule order. Most paths lie under an action, so each gets a number for its
 * stage and action once, and only paths of the same action (or outside actions) are compared
 * character by character.
 */
function sortByPath(out: readonly Diagnostic[]): Diagnostic[] {
  const keys = new Float64Array(out.length);
  const order = new Array<number>(out.length);
  for (let i = 0; i < out.length; i++) {
    keys[i] = actionKey(out[i]!.path);
    order[i] = i;
  }
  order.sort((i, j) => {
    const a = keys[i]!;
    const b = keys[j]!;
    if (a !== b && a >= 0 && b >= 0) return a - b;
    return comparePointers(out[i]!.path, out[j]!.path) || i - j;
  });
  return order.map((i) => out[i]!);
}

const STAGES = '/stages/';
const ACTIONS = '/actions/';

/**
 * `stage * 1e6 + action` for a path at or under `/stages/<s>/actions/<a>`, else -1. Two keys
 * that differ order their paths as comparePointers does (indexes have no leading zeros; a
 * path with one gets no key), so the sort may trust them.
 */
export function actionKey(path: string): number {
  if (!path.startsWith(STAGES)) return -1;
  const stageEnd = indexEnd(path, STAGES.length);
  if (stageEnd < 0 || !path.startsWith(ACTIONS, stageEnd)) return -1;
  const actionStart = stageEnd + ACTIONS.length;
  const actionEnd = indexEnd(path, actionStart);
  if (actionEnd < 0 || (actionEnd < path.length && path.charCodeAt(actionEnd) !== 47)) return -1; // 47: '/'
  return numberIn(path, STAGES.length, stageEnd) * 1e6 + numberIn(path, actionStart, actionEnd);
}

/** The digits `path[start, end)` as a number, read in place. */
function numberIn(path: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + path.charCodeAt(i) - 48;
  return value;
}

/** The end of an array index written at `start` (1-6 digits, no leading zero), or -1. */
function indexEnd(path: string, start: number): number {
  let end = start;
  while (end < path.length && isDigit(path.charCodeAt(end))) end++;
  const length = end - start;
  if (length === 0 || length > 6 || (length > 1 && path.charCodeAt(start) === 48)) return -1;
  return end;
}

/** True when one pointer is the other or an ancestor of it. */
function onOneBranch(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || long.startsWith(short + '/') || short === '';
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Natural order of two pointers without splitting them: runs of digits compare as numbers
 * (so /stages/10 sorts after /stages/9), everything else character by character.
 */
export function comparePointers(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let ei = i;
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++;
      let ej = j;
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++;
      if (ei - i !== ej - j) return ei - i - (ej - j); // array indexes have no leading zeros
      for (let k = 0; k < ei - i; k++) {
        const d = a.charCodeAt(i + k) - b.charCodeAt(j + k);
        if (d !== 0) return d;
      }
      i = ei;
      j = ej;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i++;
    j++;
  }
  return a.length - i - (b.length - j);
}
