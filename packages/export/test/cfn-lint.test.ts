import { describe, expect, it } from 'vitest';
import { exportPipeline } from '../src/export-pipeline.js';
import { cfnLint, cfnLintAvailable, type LintMatch } from './support/cfn-lint.js';
import { corpusCases, fixtureCases, patternCases } from './support/cases.js';
import { planExport } from '../src/plan/index.js';
import { validate } from '@pipewright/validator';

/*
 * cfn-lint is the judge of the CloudFormation export: for every pattern, fixture and corpus
 * pipeline, the exported pipeline resource, its parameters and its monitoring rule have no
 * cfn-lint error. A template imported from the corpus is exported with its whole source
 * template; errors its source already has at the same place (cfn-lint's own "bad"
 * fixtures, other resources) are not the export's and are reported apart, and so are
 * errors at a place where the input itself is invalid (our validator reports an error there).
 */

const available = cfnLintAvailable();
if (!available) {
  console.error('\n!!! cfn-lint is NOT installed: the CloudFormation lint test is SKIPPED, not passed !!!\n');
}

const where = (m: LintMatch): string => `${m.rule} ${m.path.join('/')}`;

/** `Resources/X/Properties/Stages/1/Actions/0/Name` -> `/stages/1/actions/0/name` (configuration keys kept). */
function apiPointer(path: (string | number)[]): string {
  const props = path.slice(3);
  return props
    .map((s, i) =>
      typeof s === 'number' || props[i - 1] === 'Configuration'
        ? `/${s}`
        : `/${s.charAt(0).toLowerCase()}${s.slice(1)}`,
    )
    .join('');
}

describe.skipIf(!available)('cfn-lint on the CloudFormation export', () => {
  it('takes every importable corpus pipeline into the run', { tags: ['corpus'] }, () => {
    expect(corpusCases().length).toBeGreaterThan(30);
  });

  it('reports no error in any exported pipeline (one cfn-lint run)', () => {
    const cases = [...patternCases(), ...fixtureCases(), ...corpusCases()]; // no corpus cases without it: see below
    const files: { name: string; text: string }[] = [];
    const ownedBy = new Map<string, string[]>();
    for (const c of cases) {
      const logicalId =
        c.extras?.kind === 'cloudformation'
          ? c.extras.logicalId
          : planExport(c.pipeline, { target: 'cloudformation' }).resourceName;
      ownedBy.set(c.name, [logicalId, `${logicalId}ExecutionStateChangeRule`]);
      files.push({
        name: `${c.name}.yaml`,
        text: exportPipeline(c.pipeline, 'cloudformation', { extras: c.extras, monitoring: true }).text,
      });
      files.push({
        name: `${c.name}.json`,
        text: exportPipeline(c.pipeline, 'cloudformation-json', { extras: c.extras }).text,
      });
      if (c.cfnSource) files.push({ name: `${c.name}.source.yaml`, text: c.cfnSource });
    }
    const matches = cfnLint(files);
    const errors = matches.filter((m) => m.level === 'Error');
    const introduced: string[] = [];
    const inherited: string[] = [];
    const invalidInput: string[] = [];
    const validatorErrors = new Map(
      cases.map((c) => [
        c.name,
        validate(c.pipeline)
          .filter((d) => d.severity === 'error')
          .map((d) => d.path),
      ]),
    );
    const elsewhere: string[] = [];
    for (const e of errors) {
      if (e.file.includes('.source.')) continue;
      const base = e.file.replace(/\.(yaml|json)$/, '');
      const owned = ownedBy.get(base) ?? [];
      const ours = e.path[0] === 'Parameters' || (e.path[0] === 'Resources' && owned.includes(String(e.path[1])));
      const line = `${e.file}: ${e.rule} at ${e.path.join('/')}: ${e.message.slice(0, 160)}`;
      if (!ours) elsewhere.push(line);
      else if (errors.some((s) => s.file === `${base}.source.yaml` && where(s) === where(e))) inherited.push(line);
      else if ((validatorErrors.get(base) ?? []).includes(apiPointer(e.path))) invalidInput.push(line);
      else introduced.push(line);
    }
    const exported = files.filter((f) => !f.name.includes('.source.')).length;
    console.log(
      [
        `cfn-lint: ${exported} exported templates (${cases.length} pipelines, YAML + JSON)`,
        `  errors introduced by the export: ${introduced.length}`,
        ...introduced.map((i) => `    ${i}`),
        `  errors the source pipeline already has (not counted): ${inherited.length}`,
        ...inherited.map((i) => `    ${i}`),
        `  errors where the input pipeline is invalid and the validator says so too (not counted): ${invalidInput.length}`,
        ...invalidInput.map((i) => `    ${i}`),
        `  errors in other parts of the source template (not counted): ${elsewhere.length}`,
        `  warnings: ${matches.filter((m) => m.level === 'Warning' && !m.file.includes('.source.')).length}`,
      ].join('\n'),
    );
    expect(introduced).toEqual([]);
  }, 300_000); // one heavy external run; CI has 2 cores shared with the other suites
});
