import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { templates } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { exportPipeline } from '../../src/export-pipeline.js';
import { importTerraform } from '../../src/terraform/index.js';
import { expectedAfterRoundTrip, exportTo } from './support.js';

/*
 * Golden files: the design's seven patterns as Terraform (`terraform.tf`) and Terraform JSON
 * (`terraform.tf.json`), monitoring rule on, beside the other targets' files in
 * test/golden/<pattern>/. `UPDATE_GOLDEN=1` rewrites them; review the diff before committing.
 */

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');
const update = process.env['UPDATE_GOLDEN'] === '1';

const FILES = [
  ['terraform', 'terraform.tf'],
  ['terraform-json', 'terraform.tf.json'],
] as const;

describe('golden Terraform exports of the seven patterns', () => {
  const patterns = templates.filter((t) => t.id !== 'blank');

  for (const pattern of patterns) {
    for (const [target, file] of FILES) {
      it(`${pattern.id} ${target}`, () => {
        const { text, warnings } = exportPipeline(pattern.pipeline, target, { monitoring: true });
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
        // The file is real Terraform: the HCL parser reads it back to the pattern, with its
        // placeholders as references to the variables that ask for them.
        const back = importTerraform(text);
        const expected = expectedAfterRoundTrip(exportTo(target, pattern.pipeline));
        expect(back.ok && back.pipelines.map((p) => p.pipeline)).toEqual([expected]);
      });
    }
  }
});
