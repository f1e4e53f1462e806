import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { templates } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { exportPipeline } from '../src/export-pipeline.js';
import type { ExportTarget } from '../src/types.js';

/*
 * Golden files: the design's seven patterns in every target this package owns, under
 * test/golden/<pattern>/. `UPDATE_GOLDEN=1` rewrites them; review the diff before committing.
 * The monitoring rule is on, so it is part of what the files show.
 */

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const update = process.env['UPDATE_GOLDEN'] === '1';

const FILES: [ExportTarget, string][] = [
  ['cloudformation', 'cloudformation.yaml'],
  ['cloudformation-json', 'cloudformation.json'],
  ['cdk', 'cdk-stack.ts'],
  ['json', 'create-pipeline.json'],
];

describe('golden exports of the seven patterns', () => {
  const patterns = templates.filter((t) => t.id !== 'blank');

  it('covers the seven patterns of the design', () => {
    expect(patterns.map((p) => p.id)).toHaveLength(7);
  });

  for (const pattern of patterns) {
    for (const [target, file] of FILES) {
      it(`${pattern.id} ${target}`, () => {
        const { text, warnings } = exportPipeline(pattern.pipeline, target, { monitoring: target !== 'json' });
        const path = join(goldenDir, pattern.id, file);
        const warningsPath = `${path}.warnings.txt`;
        const warningText =
          warnings.map((w) => `${w.code}${w.path ? ` ${w.path}` : ''}: ${w.message}`).join('\n') + '\n';
        if (update) {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, text);
          writeFileSync(warningsPath, warningText);
        }
        expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
        expect(text).toBe(readFileSync(path, 'utf8'));
        expect(warningText).toBe(readFileSync(warningsPath, 'utf8'));
      });
    }
  }
});
