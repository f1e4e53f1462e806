import type { Pipeline } from '@pipewright/model';
import { buildIndex } from './pipeline-index.js';
import { rules } from './rules/index.js';
import type { Diagnostic, Report, RuleModule, ValidateOptions } from './types.js';

/**
 * Checks a pipeline declaration against every rule. Pure: no I/O, the input is
 * never modified, and the same input gives the same diagnostics in the same
 * order (natural order of `path`, then rule order).
 */
export function validate(pipeline: Pipeline, options: ValidateOptions = {}): Diagnostic[] {
  return runRules(pipeline, rules, options);
}

/** Runs the given rules only (tests and tools that want a subset). */
export function runRules(
  pipeline: Pipeline,
  ruleList: readonly RuleModule[],
  options: ValidateOptions = {},
): Diagnostic[] {
  const index = buildIndex(pipeline);
  const out: Diagnostic[] = [];
  for (const rule of ruleList) {
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
      out.push({ ruleId: 'internal-error', severity: 'error', message, path: '' });
    }
  }
  // Rules run in order and the sort is stable, so equal paths keep rule order.
  return out.sort(byPath);
}

const byPath = (a: Diagnostic, b: Diagnostic) => comparePointers(a.path, b.path);

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
