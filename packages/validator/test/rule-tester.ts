import { describe, expect, it } from 'vitest';
import { applyEdit, type Pipeline } from '@pipewright/model';
import { runRules } from '../src/engine.js';
import type { RuleModule, ValidateOptions } from '../src/types.js';

export interface ValidCase {
  name: string;
  pipeline: Pipeline;
  options?: ValidateOptions;
}

export interface ExpectedDiagnostic {
  path: string;
  related?: string[];
  /** True when the diagnostic must offer a fix. */
  fix?: boolean;
}

export interface InvalidCase extends ValidCase {
  diagnostics: ExpectedDiagnostic[];
}

/**
 * Table-driven tests for one rule: valid cases yield nothing from it, invalid
 * cases yield exactly the expected paths (ids and paths, never message text).
 */
export function ruleTests(rule: RuleModule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    it('has valid and invalid cases', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid)
      it(`valid: ${c.name}`, () => {
        expect(runRules(c.pipeline, [rule], c.options)).toEqual([]);
      });
    for (const c of cases.invalid)
      it(`invalid: ${c.name}`, () => {
        const got = runRules(c.pipeline, [rule], c.options);
        for (const d of got) {
          expect(d.ruleId).toBe(rule.id);
          expect(d.severity).toBe(rule.severity);
          expect(d.message.length).toBeGreaterThan(0);
        }
        expect(got.map((d) => d.path)).toEqual(c.diagnostics.map((d) => d.path));
        c.diagnostics.forEach((want, i) => {
          if (want.related) expect(got[i]!.related).toEqual(want.related);
          if (want.fix) expect(got[i]!.fix).toBeDefined();
        });
        // Every offered fix applies, and afterwards the rule reports fewer problems.
        for (const d of got) {
          if (!d.fix) continue;
          const applied = applyEdit(c.pipeline, d.fix.edit);
          expect(applied, `${d.fix.title}: ${applied.ok ? '' : applied.reason}`).toMatchObject({ ok: true });
          if (!applied.ok) continue;
          const after = runRules(applied.pipeline, [rule], c.options);
          expect(
            after.filter((a) => a.path === d.path && a.message === d.message),
            d.fix.title,
          ).toEqual([]);
          expect(after.length, d.fix.title).toBeLessThan(got.length);
        }
      });
  });
}
