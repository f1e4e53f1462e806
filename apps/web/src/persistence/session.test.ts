import { parsePipelineJson } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../store/index.js';
import { AUTOSAVE_KEY, BEFORE_SHARE_KEY, loadWork } from './autosave.js';
import { memoryStorage, samplePipeline } from './fixtures.test-helpers.js';
import { autosave, openShareLink, restoreSession } from './session.js';
import { encodeShareFragment } from './share-link.js';

describe('browser session', () => {
  it('autosaves every change and restores it, keeping a get-pipeline file’s shape and metadata', () => {
    const storage = memoryStorage();
    const text = JSON.stringify({ pipeline: samplePipeline, metadata: { pipelineArn: 'arn:x' } });
    const parsed = parsePipelineJson(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const store = createEditorStore();
    autosave(store, storage, () => undefined);
    store.getState().replacePipeline(samplePipeline, { kind: 'import', format: 'json', original: parsed.document });
    const restored = restoreSession(storage);
    expect(restored.init.pipeline).toEqual(samplePipeline);
    const original = restored.init.source?.original as { shape: string; envelope: unknown };
    expect(original.shape).toBe('get-pipeline');
    expect(original.envelope).toEqual({ metadata: { pipelineArn: 'arn:x' } });
  });

  it('reports a full storage through the callback', () => {
    const storage = memoryStorage(50);
    const messages: string[] = [];
    const store = createEditorStore();
    autosave(store, storage, (m) => messages.push(m));
    store.getState().dispatch({ kind: 'setField', path: '/name', value: 'renamed' });
    expect(messages[0]).toMatch(/storage is full/);
  });

  it('with a scheduler, saves once for the changes made before it runs, and on demand', () => {
    const storage = memoryStorage();
    const tasks: (() => void)[] = [];
    const store = createEditorStore();
    const saveNow = autosave(store, storage, () => undefined, { schedule: (task) => tasks.push(task) });
    store.getState().dispatch({ kind: 'setField', path: '/name', value: 'first' });
    store.getState().dispatch({ kind: 'setField', path: '/name', value: 'second' });
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(restoreSession(storage).init.pipeline?.name).toBe('second');
    store.getState().dispatch({ kind: 'setField', path: '/name', value: 'third' });
    saveNow();
    expect(restoreSession(storage).init.pipeline?.name).toBe('third');
    tasks.shift()!(); // the scheduled save finds nothing left to do
    expect(restoreSession(storage).init.pipeline?.name).toBe('third');
  });

  it('opens a share link undoably, keeping the autosaved work aside', () => {
    const storage = memoryStorage();
    const mine = { ...samplePipeline, name: 'mine' };
    const store = createEditorStore({ pipeline: mine, source: { kind: 'import', format: 'json' } });
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ schemaVersion: 1, pipeline: mine }));
    const shared = { ...samplePipeline, name: 'theirs' };
    const opening = openShareLink(store, encodeShareFragment(shared), storage);
    expect(opening.message).toMatch(/"theirs".*one Undo away/);
    expect(store.getState().pipeline.name).toBe('theirs');
    expect(loadWork(storage, BEFORE_SHARE_KEY)).toMatchObject({ ok: true, work: { document: { pipeline: mine } } });
    store.getState().undo();
    expect(store.getState().pipeline.name).toBe('mine');
  });

  it('says why a damaged link cannot open and leaves the document alone', () => {
    const store = createEditorStore({ pipeline: samplePipeline });
    expect(openShareLink(store, '#pipeline=AAAA', undefined).message).toMatch(/Could not open the shared pipeline/);
    expect(store.getState().pipeline).toBe(samplePipeline);
    expect(openShareLink(store, '#other', undefined)).toEqual({});
  });
});
