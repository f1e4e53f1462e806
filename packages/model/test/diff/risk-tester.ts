import { describe, expect, it } from 'vitest';
import { diffPipelines, type Pipeline, type RiskNote } from '../../src/index.js';

/*
 * Table-driven tests of one risk note, like the validator's ruleTests: `clean`
 * pairs give no finding of the note, `flagged` pairs give exactly the listed
 * findings (their pointers, never their messages), and each finding is linked
 * from at least one change unless `unlinked` says otherwise.
 */

export interface RiskCase {
  name: string;
  old: Pipeline;
  new: Pipeline;
}

export interface FlaggedCase extends RiskCase {
  findings: { oldPath?: string; newPath?: string }[];
  unlinked?: boolean;
}

export function riskTests(note: RiskNote, cases: { clean: RiskCase[]; flagged: FlaggedCase[] }): void {
  describe(`risk note ${note.id}`, () => {
    for (const c of cases.clean)
      it(`clean: ${c.name}`, () => {
        const diff = diffPipelines(c.old, c.new);
        expect(diff.risks.filter((r) => r.id === note.id)).toEqual([]);
      });
    for (const c of cases.flagged)
      it(`flagged: ${c.name}`, () => {
        const diff = diffPipelines(c.old, c.new);
        const found = diff.risks.filter((r) => r.id === note.id);
        expect(found.map((r) => ({ oldPath: r.oldPath, newPath: r.newPath }))).toEqual(
          c.findings.map((f) => ({ oldPath: f.oldPath, newPath: f.newPath })),
        );
        for (const r of found) expect(r.severity).toBe(note.severity);
        if (!c.unlinked) expect(diff.changes.some((ch) => ch.risks.includes(note.id))).toBe(true);
      });
  });
}
