import type { Pipeline } from '@pipewright/model';
import { buildIndex } from './pipeline-index.js';
import { rules } from './rules/index.js';
import type { Diagnostic, RuleModule, ValidateOptions } from './types.js';

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
  const out: { diagnostic: Diagnostic; order: number }[] = [];
  ruleList.forEach((rule, order) => {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') return;
    const severity = setting ?? rule.severity;
    try {
      rule.check({
        pipeline,
        index,
        options,
        report: (d) => out.push({ diagnostic: { ruleId: rule.id, severity, ...d }, order }),
      });
    } catch (error) {
      // A rule bug must not take validation down; say which rule failed instead.
      out.push({
        diagnostic: {
          ruleId: 'internal-error',
          severity: 'error',
          message: `Rule '${rule.id}' failed on this pipeline: ${error instanceof Error ? error.message : String(error)}`,
          path: '',
        },
        order,
      });
    }
  });
  const keys = new Map<string, (string | number)[]>();
  const keyOf = (path: string) => {
    let key = keys.get(path);
    if (!key) {
      key = path
        .split('/')
        .slice(1)
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      keys.set(path, key);
    }
    return key;
  };
  out.sort((a, b) => comparePaths(keyOf(a.diagnostic.path), keyOf(b.diagnostic.path)) || a.order - b.order);
  return out.map((o) => o.diagnostic);
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
