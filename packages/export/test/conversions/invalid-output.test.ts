import { validate } from '@pipewright/validator';
import { describe, expect, it } from 'vitest';
import { exportPipeline } from '../../src/export-pipeline.js';
import { importPipelines } from '../../src/import/import-pipelines.js';
import { fixtureBytes } from './support.js';

/*
 * Issue 17 item 3: no export is an invalid pipeline without saying so. A CloudFormation store
 * whose Region is an intrinsic cannot be held by the model, so the targets outside the
 * CloudFormation family get no artifact store: an error-level warning says so, and the
 * validator agrees on what the JSON export reads back as.
 */

describe('an export left without an artifact store', () => {
  const imported = importPipelines(fixtureBytes('intrinsic-store-region.yaml'), {
    fileName: 'intrinsic-store-region.yaml',
  });
  const source = imported.ok ? imported.pipelines[0] : undefined;

  it.each(['json', 'terraform'] as const)('%s: says so as an error-level warning at /artifactStore', (target) => {
    expect(source).toBeDefined();
    const { warnings } = exportPipeline(source!.pipeline, target, { extras: source!.extras });
    expect(warnings.filter((w) => w.severity === 'error').map((w) => `${w.code} ${w.path ?? ''}`)).toEqual([
      'artifact-store-lost /artifactStore',
    ]);
  });

  it('the validator agrees: the JSON export read back has no artifact store', () => {
    const { text, fileName } = exportPipeline(source!.pipeline, 'json', { extras: source!.extras });
    const back = importPipelines(text, { fileName });
    expect(back.ok).toBe(true);
    const errors = back.ok ? validate(back.pipelines[0]!.pipeline).filter((d) => d.severity === 'error') : [];
    expect(errors.map((d) => d.path)).toContain('/artifactStore');
  });

  it('CloudFormation keeps the store as written: no error there', () => {
    const { warnings } = exportPipeline(source!.pipeline, 'cloudformation', { extras: source!.extras });
    expect(warnings.filter((w) => w.severity === 'error')).toEqual([]);
  });
});
