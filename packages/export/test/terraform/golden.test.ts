import { templates } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { importTerraform } from '../../src/terraform/index.js';
import { expectGoldenExport } from '../support/golden.js';
import { expectedAfterRoundTrip, exportTo } from './support.js';

/*
 * Golden files: the design's seven patterns as Terraform (`terraform.tf`) and Terraform JSON
 * (`terraform.tf.json`), monitoring rule on, beside the other targets' files in
 * test/golden/<pattern>/. `UPDATE_GOLDEN=1` rewrites them; review the diff before committing.
 */

const FILES = [
  ['terraform', 'terraform.tf'],
  ['terraform-json', 'terraform.tf.json'],
] as const;

describe('golden Terraform exports of the seven patterns', () => {
  const patterns = templates.filter((t) => t.id !== 'blank');

  for (const pattern of patterns) {
    for (const [target, file] of FILES) {
      it(`${pattern.id} ${target}`, () => {
        const text = expectGoldenExport(pattern.id, pattern.pipeline, target, file, { monitoring: true });
        // The file is real Terraform: the HCL parser reads it back to the pattern, with its
        // placeholders as references to the variables that ask for them.
        const back = importTerraform(text);
        const expected = expectedAfterRoundTrip(exportTo(target, pattern.pipeline));
        expect(back.ok && back.pipelines.map((p) => p.pipeline)).toEqual([expected]);
      });
    }
  }
});
