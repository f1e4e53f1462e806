import { describe, expect, it } from 'vitest';
import { importPipelines } from '../../src/import/import-pipelines.js';
import { cfnLint, cfnLintAvailable } from '../support/cfn-lint.js';
import { fixtureBytes, fixtureText } from './support.js';

/*
 * A key given twice in one map is refused by every importer, with both places: CloudFormation
 * rejects such a template (cfn-lint E0000, which is the judge here), and reading on would keep
 * the last value and drop the first without a word (what the AWS CLI does with API JSON).
 */

const cases = [
  { file: 'duplicate-action-name.yaml', key: 'Name', first: [14, 15], second: [21, 15], cfn: true },
  { file: 'duplicate-role-arn.template.json', key: 'RoleArn', first: [7, 9], second: [9, 9], cfn: true },
  { file: 'duplicate-stage-name.json', key: 'name', first: [19, 9], second: [20, 9], cfn: false },
] as const;

describe('duplicate keys are an import error naming both positions', () => {
  it.each(cases)('$file', ({ file, key, first, second }) => {
    const result = importPipelines(fixtureBytes(file), { fileName: file });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('duplicate-key');
    expect([result.error.line, result.error.column]).toEqual(second);
    expect(result.error.message).toContain(JSON.stringify(key));
    expect(result.error.message).toContain(`line ${first[0]}, column ${first[1]}`);
    expect(result.error.message).toContain(`line ${second[0]}, column ${second[1]}`);
  });

  it('a template without repeated keys still imports (the check is not a blanket refusal)', () => {
    const text = fixtureText('duplicate-action-name.yaml').replace('              Name: CheckoutAgain\n', '');
    expect(importPipelines(text, { fileName: 'fixed.yaml' }).ok).toBe(true);
  });

  describe.skipIf(!cfnLintAvailable())('cfn-lint agrees', () => {
    it('reports E0000 at the same two positions for each CloudFormation fixture', () => {
      const templates = cases.filter((c) => c.cfn).map((c) => ({ name: c.file, text: fixtureText(c.file) }));
      const matches = cfnLint(templates);
      for (const c of cases.filter((x) => x.cfn)) {
        const e0000 = matches.filter((m) => m.file === c.file && m.rule === 'E0000');
        // cfn-lint's E0000 names the line of each spelling: the same two lines the import names.
        expect(e0000.map((m) => /\(line (\d+)\)/.exec(m.message)?.[1]).sort(), c.file).toEqual(
          [String(c.first[0]), String(c.second[0])].sort(),
        );
      }
    });
  });
});
