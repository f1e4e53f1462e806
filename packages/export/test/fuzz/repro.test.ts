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
