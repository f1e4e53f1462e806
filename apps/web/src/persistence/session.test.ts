import { parsePipelineJson } from '@pipewright/model';
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../store/index.js';
import { AUTOSAVE_KEY, BEFORE_SHARE_KEY, loadWork, unreadableKey } from './autosave.js';
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

  it('opens a share link undoably, keeping the autosaved work aside', async () => {
    const storage = memoryStorage();
    const mine = { ...samplePipeline, name: 'mine' };
    const store = createEditorStore({ pipeline: mine, source: { kind: 'import', format: 'json' } });
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ schemaVersion: 1, pipeline: mine }));
    const shared = { ...samplePipeline, name: 'theirs' };
    const opening = await openShareLink(
      store,
      encodeShareFragment({ shape: 'bare', pipeline: shared, envelope: {} }),
      storage,
    );
    expect(opening.message).toMatch(/"theirs".*one Undo away/);
    expect(store.getState().pipeline.name).toBe('theirs');
    expect(loadWork(storage, BEFORE_SHARE_KEY)).toMatchObject({ ok: true, work: { document: { pipeline: mine } } });
    store.getState().undo();
    expect(store.getState().pipeline.name).toBe('mine');
  });

  it('restores every key as read: a __proto__ configuration key survives a reload', () => {
    const storage = memoryStorage();
    const text = JSON.stringify(samplePipeline).replace('"ConnectionArn":', '"__proto__":"kept","ConnectionArn":');
    const parsed = parsePipelineJson(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const store = createEditorStore();
    autosave(store, storage, () => undefined);
    store.getState().replacePipeline(parsed.document.pipeline, { kind: 'import', format: 'json' });
    const restored = createEditorStore(restoreSession(storage).init).getState().pipeline;
    const configuration = restored.stages[0]?.actions[0]?.configuration as Record<string, unknown>;
    expect(Object.keys(configuration)).toEqual(['__proto__', 'ConnectionArn']);
    expect(Object.getOwnPropertyDescriptor(configuration, '__proto__')?.value).toBe('kept');
  });

  it('opens the saved work of before the codec (schemaVersion 2), shape and metadata included', () => {
    const storage = memoryStorage();
    // As autosave wrote it until schemaVersion 3.
    storage.setItem(
      AUTOSAVE_KEY,
      '{"schemaVersion":2,"savedAt":"2026-11-30T10:00:00.000Z","document":{"shape":"get-pipeline","pipeline":{"name":"shop","roleArn":"arn:aws:iam::123456789012:role/pipeline","stages":[{"name":"Source","actions":[{"name":"Checkout","actionTypeId":{"category":"Source","owner":"AWS","provider":"S3","version":"1"},"configuration":{"S3Bucket":"b","S3ObjectKey":"k.zip"},"outputArtifacts":[{"name":"src"}]}]}]},"envelope":{"metadata":{"pipelineArn":"arn:aws:codepipeline:eu-west-1:123456789012:shop"}}}}',
    );
    const restored = restoreSession(storage);
    expect(restored.warning).toBeUndefined();
    expect(restored.init.pipeline?.name).toBe('shop');
    expect(restored.init.source?.original).toMatchObject({
      shape: 'get-pipeline',
      envelope: { metadata: { pipelineArn: 'arn:aws:codepipeline:eu-west-1:123456789012:shop' } },
    });
  });

  it('keeps saved work it cannot read aside, says where, and autosave does not destroy it', () => {
    const storage = memoryStorage();
    const unreadable = '{"schemaVersion":2,"document":{"shape":"bare","pipeline":{"name":"x","stages":5}}}';
    storage.setItem(AUTOSAVE_KEY, unreadable);
    const restored = restoreSession(storage);
    expect(restored.warning).toMatch(/^Could not restore your saved work: its pipeline does not match the model/);
    expect(restored.warning).toContain(unreadableKey(AUTOSAVE_KEY));
    const store = createEditorStore(restored.init);
    autosave(store, storage, () => undefined);
    store.getState().dispatch({ kind: 'setField', path: '/name', value: 'new-work' });
    expect(storage.getItem(unreadableKey(AUTOSAVE_KEY))).toBe(unreadable);
    // A reload before the first save finds the same record and keeps one copy of it, not two.
    storage.setItem(AUTOSAVE_KEY, unreadable);
    expect(restoreSession(storage).warning).toContain(`"${unreadableKey(AUTOSAVE_KEY)}"`);
    expect(storage.getItem(unreadableKey(AUTOSAVE_KEY, 2))).toBeNull();
    // Another unreadable record does not replace the first copy.
    storage.setItem(AUTOSAVE_KEY, '{"schemaVersion": 99}');
    expect(restoreSession(storage).warning).toMatch(/newer than this version of Pipewright/);
    expect(storage.getItem(unreadableKey(AUTOSAVE_KEY))).toBe(unreadable);
    expect(storage.getItem(unreadableKey(AUTOSAVE_KEY, 2))).toBe('{"schemaVersion": 99}');
  });

  it('says why a damaged link cannot open and leaves the document alone', async () => {
    const store = createEditorStore({ pipeline: samplePipeline });
    expect((await openShareLink(store, '#pipeline=AAAA', undefined)).message).toMatch(
      /Could not open the shared pipeline/,
    );
    expect(store.getState().pipeline).toBe(samplePipeline);
    expect(await openShareLink(store, '#other', undefined)).toEqual({});
  });
});
