import { EXPORT_TARGETS } from '../../src/types.js';
import { describe, expect, it } from 'vitest';
import { exportPipeline } from '../../src/export-pipeline.js';
import { importPipelines } from '../../src/import/import-pipelines.js';
import { fixtureBytes } from './support.js';

/* get-pipeline writes `****` in place of each secret: every export names each masked value. */

const imported = importPipelines(fixtureBytes('get-pipeline-masked.json'), { fileName: 'get-pipeline-masked.json' });

describe('masked secrets of get-pipeline output', () => {
  it.each(EXPORT_TARGETS)('%s: one masked-secret warning per masked value, at its pointer', (target) => {
    if (!imported.ok) throw new Error(imported.error.message);
    const [first] = imported.pipelines;
    if (!first) throw new Error('no pipeline');
    const { warnings } = exportPipeline(first.pipeline, target, { extras: first.extras });
    expect(warnings.filter((w) => w.code === 'masked-secret').map((w) => w.path)).toEqual([
      '/stages/0/actions/0/configuration/OAuthToken',
      '/stages/1/actions/0/configuration/ClientToken',
    ]);
  });
});
