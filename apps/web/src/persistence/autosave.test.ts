import { describe, expect, it } from 'vitest';
import { savedWork } from './format.js';
import { AUTOSAVE_KEY, loadWork, saveWork } from './autosave.js';
import { memoryStorage, samplePipeline } from './fixtures.test-helpers.js';

describe('autosave', () => {
  it('round-trips the work through storage', () => {
    const storage = memoryStorage();
    const work = savedWork(samplePipeline, { shape: 'create-pipeline', envelope: { tags: [] } });
    expect(saveWork(storage, work).ok).toBe(true);
    expect(loadWork(storage)).toEqual({ ok: true, work, migrated: [] });
  });

  it('returns null when nothing is saved', () => {
    expect(loadWork(memoryStorage())).toBeNull();
  });

  it('reports a full storage instead of ignoring it', () => {
    const storage = memoryStorage(10);
    const result = saveWork(storage, savedWork(samplePipeline));
    expect(result).toMatchObject({ ok: false, quotaExceeded: true });
    if (!result.ok) expect(result.message).toMatch(/storage is full/);
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(false);
  });

  it('says why damaged saved text cannot be restored', () => {
    const storage = memoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{"schemaVersion": 2,');
    const result = loadWork(storage);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.reason).toMatch(/not valid JSON/);
  });

  it('migrates a v1 record on load', () => {
    const storage = memoryStorage();
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ schemaVersion: 1, pipeline: samplePipeline }));
    expect(loadWork(storage)).toMatchObject({
      ok: true,
      migrated: ['add-document-shape-and-envelope', 'store-the-document-as-read'],
      work: { document: { shape: 'bare', pipeline: samplePipeline } },
    });
  });
});
