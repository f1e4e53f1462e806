import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../store/index.js';
import { COLLAPSED_OVER, groupByRule, listRows } from './groups.js';

const d = (ruleId: string, severity: Diagnostic['severity'], path = ''): Diagnostic =>
  ({ ruleId, severity, message: ruleId, path }) as Diagnostic;

describe('groupByRule', () => {
  it('groups by rule id with every problem, worst severity first, then in order of first appearance', () => {
    const groups = groupByRule([
      d('b-info', 'info', '/stages/0'),
      d('a-warning', 'warning'),
      d('b-info', 'info', '/stages/1'),
      d('c-error', 'error'),
      d('d-warning', 'warning'),
    ]);
    expect(groups.map((g) => [g.ruleId, g.severity, g.problems.length])).toEqual([
      ['c-error', 'error', 1],
      ['a-warning', 'warning', 1],
      ['d-warning', 'warning', 1],
      ['b-info', 'info', 2],
    ]);
    expect(groups[3]!.problems.map((p) => p.path)).toEqual(['/stages/0', '/stages/1']);
  });

  it('ranks a group by its worst problem', () => {
    expect(groupByRule([d('r', 'info'), d('r', 'error')])[0]!.severity).toBe('error');
  });
});

describe('listRows', () => {
  const many = Array.from({ length: 780 }, (_, i) => d('parallelizable-actions', 'info', `/stages/${i}`));
  const groups = groupByRule([d('pipeline-quota', 'error'), ...many]);

  it('collapses a large group by default and shows small ones open', () => {
    const rows = listRows(groups, new Map());
    expect(rows.map((r) => r.kind)).toEqual(['group', 'problem', 'group']);
    expect(rows[2]).toMatchObject({ kind: 'group', expanded: false });
    expect(many.length).toBeGreaterThan(COLLAPSED_OVER);
  });

  it('follows what the user toggled, with each problem numbered within its group', () => {
    const rows = listRows(
      groups,
      new Map([
        ['parallelizable-actions', true],
        ['pipeline-quota', false],
      ]),
    );
    expect(rows).toHaveLength(2 + 780);
    expect(rows[0]).toMatchObject({ kind: 'group', expanded: false });
    expect(rows[781]).toMatchObject({ kind: 'problem', position: 779 });
  });
});
