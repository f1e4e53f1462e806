import { validate } from '@pipewright/validator';
import { describe, expect, it } from 'vitest';
import { exportPipeline } from '../../src/export-pipeline.js';
import { importPipelines } from '../../src/import/import-pipelines.js';
import { incompleteParts } from '../../src/import/incomplete-parts.js';
import { cfnLint, cfnLintAvailable } from '../support/cfn-lint.js';
import { pipelineSources } from '../support/corpus.js';
import { fixtureBytes } from './support.js';

/*
 * The CloudFormation export of every Terraform pipeline (the corpus, the team's fixtures, this
 * folder's own) passes cfn-lint, in one run: Terraform expressions are parameters now, not
 * `PLACEHOLDER(...)` strings (issue 17 item 8; 0 of 62 passed before). A file may fail only
 * when its source is itself invalid (validator errors), when the export says so itself (an
 * error-level warning: what is left once a dynamic block Terraform decides at plan time is
 * gone is no valid pipeline, issue 17 item 3), or for a reason listed below with its owner.
 */

const KNOWN: { pattern: RegExp; owner: string }[] = [
  // cfn-lint 1.x raises "unhashable type: 'dict_node'" (E1101) on `Provider: !Ref X`, which CloudFormation accepts.
  { pattern: /^corpus-tf-031\.tf-/, owner: 'cfn-lint (its own exception, not a finding)' },
];

interface Case {
  name: string;
  text: string;
  invalidSource: boolean;
  /** The export's own error-level warnings (it says the output is not a valid pipeline). */
  refusal: string[];
}

function casesOf(prefix: string, files: { file: string; bytes: Uint8Array }[]): Case[] {
  return files.flatMap(({ file, bytes }) => {
    const result = importPipelines(bytes, { fileName: file.split('/').pop() ?? file });
    if (!result.ok || result.format !== 'terraform') return [];
    return result.pipelines.map((p) => {
      const exported = exportPipeline(p.pipeline, 'cloudformation', { extras: p.extras });
      return {
        name: `${prefix}-${file.replace(/\//g, '-')}-${p.id}`.replace(/[^A-Za-z0-9.-]/g, '_'),
        text: exported.text,
        invalidSource: validate(p.pipeline, { incomplete: incompleteParts(p.fidelity) }).some(
          (d) => d.severity === 'error',
        ),
        refusal: exported.warnings.filter((w) => w.severity === 'error').map((w) => `${w.code} ${w.path ?? ''}`),
      };
    });
  });
}

function lintAll(cases: Case[]): { failing: string[]; explained: string[]; clean: number } {
  const matches = cfnLint(cases.map((c) => ({ name: `${c.name}.yaml`, text: c.text })));
  const failing: string[] = [];
  const explained: string[] = [];
  let clean = 0;
  for (const c of cases) {
    const errors = matches.filter((m) => m.file === `${c.name}.yaml` && m.level === 'Error');
    if (errors.length === 0) {
      clean++;
      continue;
    }
    const line = `${c.name}: ${errors.map((e) => `${e.rule} ${e.path.join('/')}`).join(', ')}`;
    const known = KNOWN.find((k) => k.pattern.test(c.name));
    if (c.invalidSource) explained.push(`${line} (the source is invalid)`);
    else if (c.refusal.length > 0) explained.push(`${line} (the export says so: ${c.refusal.join(', ')})`);
    else if (known) explained.push(`${line} (${known.owner})`);
    else failing.push(line);
  }
  return { failing, explained, clean };
}

describe.skipIf(!cfnLintAvailable())('cfn-lint on the CloudFormation export of Terraform pipelines', () => {
  it('own fixtures', () => {
    const cases = casesOf('own', [
      { file: 'terraform-references.tf', bytes: fixtureBytes('matrix/terraform-references.tf') },
      { file: 'terraform-0.11-configuration.tf', bytes: fixtureBytes('matrix/terraform-0.11-configuration.tf') },
    ]);
    expect(cases).toHaveLength(2);
    expect(lintAll(cases)).toEqual({ failing: [], explained: [], clean: 2 });
  });

  for (const source of pipelineSources) {
    it(
      `${source.name}: every export lints unless its source is invalid or a listed owner's`,
      { tags: source.tags, timeout: 300_000 },
      () => {
        const cases = casesOf(source.name, source.files('tf'));
        const { failing, explained, clean } = lintAll(cases);
        console.log(
          [
            `cfn-lint, Terraform ${source.name} -> CloudFormation: ${cases.length} pipelines, ${clean} without error, ${explained.length} explained, ${failing.length} failing`,
            ...explained.map((e) => `  ${e}`),
            ...failing.map((f) => `  FAILING: ${f}`),
          ].join('\n'),
        );
        expect(failing).toEqual([]);
      },
    );
  }
});
