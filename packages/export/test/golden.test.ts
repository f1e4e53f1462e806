import { templates } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import type { CdkStyle, ExportTarget } from '../src/types.js';
import { expectGoldenExport } from './support/golden.js';

/*
 * Golden files: the design's seven patterns in every target this package owns, under
 * test/golden/<pattern>/. `UPDATE_GOLDEN=1` rewrites them; review the diff before committing.
 * The monitoring rule is on, so it is part of what the files show.
 */

const FILES: [ExportTarget, string, CdkStyle?][] = [
  ['cloudformation', 'cloudformation.yaml'],
  ['cloudformation-json', 'cloudformation.json'],
  ['cdk', 'cdk-stack.ts'],
  ['cdk', 'cdk-l2-stack.ts', 'l2'],
  ['json', 'create-pipeline.json'],
];

describe('golden exports of the seven patterns', () => {
  const patterns = templates.filter((t) => t.id !== 'blank');

  it('covers the seven patterns of the design', () => {
    expect(patterns.map((p) => p.id)).toHaveLength(7);
  });

  for (const pattern of patterns) {
    for (const [target, file, cdkStyle] of FILES) {
      it(`${pattern.id} ${file}`, () => {
        expectGoldenExport(pattern.id, pattern.pipeline, target, file, {
          monitoring: target !== 'json',
          ...(cdkStyle ? { cdkStyle } : {}),
        });
      });
    }
  }
});
