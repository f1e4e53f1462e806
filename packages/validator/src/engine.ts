import type { Pipeline } from '@pipewright/model';
import { buildIndex } from './pipeline-index.js';
import { rules } from './rules/index.js';
import type { Diagnostic, Report, RuleModule, ValidateOptions } from './types.js';

/**
 * Checks a pipeline declaration against every rule. Pure: no I/O, the input is
 * never modified, and the same input gives the same diagnostics in the same
 * order (document order of `path`, then rule order).
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
  const out: Entry[] = [];
  for (let order = 0; order < ruleList.length; order++) {
    const rule = ruleList[order]!;
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
      out.push({ diagnostic, order, key: pathKey(r.path) });
    };
    try {
      rule.check({ pipeline, index, options, report });
    } catch (error) {
      // A rule bug must not take validation down; say which rule failed instead.
      const message = `Rule '${ruleId}' failed on this pipeline: ${error instanceof Error ? error.message : String(error)}`;
      out.push({ diagnostic: { ruleId: 'internal-error', severity: 'error', message, path: '' }, order, key: [] });
    }
  }
  out.sort((a, b) => comparePaths(a.key, b.key) || a.order - b.order);
  return out.map((o) => o.diagnostic);
}

/** True when one pointer is the other or an ancestor of it. */
function onOneBranch(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || long.startsWith(short + '/') || short === '';
}

interface Entry {
  diagnostic: Diagnostic;
  order: number;
  key: (string | number)[];
}

/** The pointer's segments, array indexes as numbers (so /stages/10 sorts after /stages/9). */
function pathKey(path: string): (string | number)[] {
  const segments = path.split('/');
  const key: (string | number)[] = [];
  for (let i = 1; i < segments.length; i++) {
    const s = segments[i]!;
    key.push(isIndex(s) ? Number(s) : s);
  }
  return key;
}

function isIndex(segment: string): boolean {
  if (segment.length === 0) return false;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function comparePaths(a: (string | number)[], b: (string | number)[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
