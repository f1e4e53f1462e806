import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, savedWork } from './format.js';
import { migrateSavedWork, migrations } from './migrations.js';
import { samplePipeline } from './fixtures.test-helpers.js';

describe('saved-work migrations', () => {
  it('are ordered, contiguous and end at the current version', () => {
    expect(migrations.map((m) => m.from)).toEqual([...Array(CURRENT_SCHEMA_VERSION).keys()]);
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
  });

  it('wrap-unversioned-pipeline: a bare pipeline (v0) becomes v1', () => {
    const step = migrations.find((m) => m.name === 'wrap-unversioned-pipeline')!;
    expect(step.migrate({ ...samplePipeline })).toEqual({ schemaVersion: 1, pipeline: samplePipeline });
  });

  it('add-document-shape-and-envelope: v1 becomes v2 with a bare shape and empty envelope', () => {
    const step = migrations.find((m) => m.name === 'add-document-shape-and-envelope')!;
    expect(step.migrate({ schemaVersion: 1, pipeline: samplePipeline })).toEqual({
      schemaVersion: 2,
      savedAt: '1970-01-01T00:00:00.000Z',
      document: { shape: 'bare', pipeline: samplePipeline, envelope: {} },
    });
  });

  it('runs every step from v0 and reports which ran', () => {
    const result = migrateSavedWork(structuredClone(samplePipeline));
    expect(result).toMatchObject({
      ok: true,
      migrated: ['wrap-unversioned-pipeline', 'add-document-shape-and-envelope'],
      work: { schemaVersion: 2, document: { pipeline: samplePipeline } },
    });
  });

  it('leaves a current record as it is', () => {
    const work = savedWork(samplePipeline, { shape: 'get-pipeline', envelope: { metadata: { pipelineArn: 'x' } } });
    expect(migrateSavedWork(JSON.parse(JSON.stringify(work)))).toEqual({ ok: true, work, migrated: [] });
  });

  it('refuses a newer version and says so', () => {
    const result = migrateSavedWork({ schemaVersion: 99 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/schemaVersion 99/);
  });

  it('refuses a record whose pipeline does not match the model, naming where', () => {
    const result = migrateSavedWork({ schemaVersion: 1, pipeline: { name: 'x', roleArn: 'r', stages: 'nope' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/\/stages/);
  });

  it('refuses something that is not an object', () => {
    expect(migrateSavedWork('text').ok).toBe(false);
    expect(migrateSavedWork(null).ok).toBe(false);
  });
});
