import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pipeline } from '@pipewright/model';
import { expect } from 'vitest';
import { exportPipeline } from '../../src/export-pipeline.js';
import type { CdkStyle, ExportTarget } from '../../src/types.js';

/*
 * Golden files of the design's patterns: test/golden/<pattern>/<file>, with the export's warnings
 * beside each in <file>.warnings.txt. `UPDATE_GOLDEN=1` rewrites them; review the diff before
 * committing.
 */

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');
const update = process.env['UPDATE_GOLDEN'] === '1';

/** Exports `pipeline` to `target` and requires text and warnings equal to the golden files; returns the text. */
export function expectGoldenExport(
  patternId: string,
  pipeline: Pipeline,
  target: ExportTarget,
  file: string,
  options: { monitoring: boolean; cdkStyle?: CdkStyle },
): string {
  const { text, warnings } = exportPipeline(pipeline, target, options);
  const path = join(goldenDir, patternId, file);
  const warningsPath = `${path}.warnings.txt`;
  const warningText = warnings.map((w) => `${w.code}${w.path ? ` ${w.path}` : ''}: ${w.message}`).join('\n') + '\n';
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    writeFileSync(warningsPath, warningText);
  }
  expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(text).toBe(readFileSync(path, 'utf8'));
  expect(warningText).toBe(readFileSync(warningsPath, 'utf8'));
  return text;
}
