import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importPipelines } from '../../src/index.js';
import { knownIssueOf } from './known-issues.js';
import { importResultProblems, internalErrorMessage } from './oracle.js';

/* Every reproducer of a past fuzzing finding still gets a clean answer (see repro/README.md). */

const dir = join(dirname(fileURLToPath(import.meta.url)), 'repro');
const formatOf = (file: string) =>
  file.endsWith('.tf') ? 'terraform' : file.endsWith('.json') ? 'json' : 'cloudformation';
const canary = 'resource "aws_codepipeline" "p" {\n  name = "p"\n  role_arn = "r"\n}\n';

describe('fuzzing reproducers', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.repro'))) {
    const fileName = file.slice(0, -'.repro'.length);
    it(`${fileName}: a located error or a valid pipeline, and the importer still works afterwards`, () => {
      const bytes = new Uint8Array(readFileSync(join(dir, file)));
      const result = importPipelines(bytes, { fileName });
      const problems = importResultProblems(result, bytes).filter((p) => !knownIssueOf(formatOf(fileName), p));
      expect(problems.join('\n')).toBe('');
      expect(internalErrorMessage(result)).toBeUndefined();
      const next = importPipelines(canary, { fileName: 'main.tf' });
      expect(next.ok, next.ok ? '' : next.error.message).toBe(true);
    });
  }
});

describe('broken encodings in CloudFormation and Terraform files', () => {
  const template = 'Resources:\n  P:\n    Type: AWS::CodePipeline::Pipeline\n    Properties:\n      Name: caf';
  const hcl = 'resource "aws_codepipeline" "p" {\n  name = "caf';
  const bytes = (...parts: (string | number[])[]) =>
    Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

  it.each([
    ['CloudFormation, a lone 0xE9 (Latin-1 "é")', bytes(template, [0xe9], '\n'), 5, 16],
    ['Terraform, an overlong sequence', bytes(hcl, [0xc0, 0xa9], '"\n}\n'), 2, 14],
  ])('%s is an error at its line and column, not a U+FFFD in a value', (_name, input, line, column) => {
    const result = importPipelines(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/invalid UTF-8/);
      expect([result.error.line, result.error.column]).toEqual([line, column]);
    }
  });

  it('a UTF-16 file with an unpaired surrogate is an error at its position', () => {
    const units = [0xfeff, ...[...'Resources:\n  X: '].map((c) => c.charCodeAt(0)), 0xd800, 0x61];
    const input = new Uint8Array(units.flatMap((u) => [u & 0xff, u >> 8]));
    const result = importPipelines(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.line, result.error.column]).toEqual([2, 6]);
  });
});
