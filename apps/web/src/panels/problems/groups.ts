import type { Diagnostic, Severity } from '../../store/index.js';

/*
 * The problems list grouped by rule: one collapsible group per rule id with its count, the
 * groups ordered by their worst severity, then by where their first problem was listed. A large
 * group (the 780 identical "parallelizable-actions" rows of a 2,500-action pipeline) starts
 * collapsed, so the default view shows every rule at a glance. Pure, unit-tested.
 */

/** Groups with more rows than this start collapsed. */
export const COLLAPSED_OVER = 20;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface ProblemGroup {
  ruleId: string;
  /** The group's worst severity. */
  severity: Severity;
  problems: Diagnostic[];
}

/** One row of the flattened, windowed list: a group's header, or one of its problems. */
export type ProblemListRow =
  | { kind: 'group'; group: ProblemGroup; expanded: boolean }
  | { kind: 'problem'; diagnostic: Diagnostic; group: ProblemGroup; position: number };

export function groupByRule(diagnostics: readonly Diagnostic[]): ProblemGroup[] {
  const byRule = new Map<string, ProblemGroup>();
  for (const d of diagnostics) {
    const group = byRule.get(d.ruleId);
    if (!group) byRule.set(d.ruleId, { ruleId: d.ruleId, severity: d.severity, problems: [d] });
    else {
      group.problems.push(d);
      if (SEVERITY_RANK[d.severity] < SEVERITY_RANK[group.severity]) group.severity = d.severity;
    }
  }
  // Stable sort: within a severity, the order of first appearance.
  return [...byRule.values()].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** Whether a group is open: as the user set it, else open unless it is large. */
export function isExpanded(group: ProblemGroup, toggled: ReadonlyMap<string, boolean>): boolean {
  return toggled.get(group.ruleId) ?? group.problems.length <= COLLAPSED_OVER;
}

/** The rows to draw: each group's header, followed by its problems when it is open. */
export function listRows(groups: readonly ProblemGroup[], toggled: ReadonlyMap<string, boolean>): ProblemListRow[] {
  const rows: ProblemListRow[] = [];
  for (const group of groups) {
    const expanded = isExpanded(group, toggled);
    rows.push({ kind: 'group', group, expanded });
    if (expanded)
      group.problems.forEach((diagnostic, position) => rows.push({ kind: 'problem', diagnostic, group, position }));
  }
  return rows;
}
