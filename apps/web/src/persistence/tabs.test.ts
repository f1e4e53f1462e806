import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../store/index.js';
import { AUTOSAVE_KEY, loadWork, saveWork } from './autosave.js';
import { describeClosedTabsWork, openClosedTabWork } from './closed-tabs.js';
import { loadDraft } from './draft.js';
import { memoryStorage, samplePipeline } from './fixtures.test-helpers.js';
import { autosave, restoreSession } from './session.js';
import { savedWork } from './format.js';
import { createTabSession, tabKey, TAB_ID_KEY, type LockManagerLike } from './tabs.js';

/** Web Locks shared by the "tabs" of one test; `close(tab)` releases what a tab holds. */
function fakeLocks() {
  const held = new Map<string, number>();
  let next = 0;
  return {
    tab(): LockManagerLike & { id: number } {
      const id = ++next;
      return {
        id,
        request(name, _options, callback) {
          const free = !held.has(name);
          if (free) held.set(name, id);
          return callback(free ? { name } : null);
        },
        query: async () => ({ held: [...held.keys()].map((name) => ({ name })) }),
      };
    },
    close(tab: { id: number }) {
      for (const [name, owner] of held) if (owner === tab.id) held.delete(name);
    },
  };
}

const keysOf = (storage: ReturnType<typeof memoryStorage>) => () => [...storage.data.keys()];

describe('tabs', () => {
  it('the first tab saves the main record; a second one its own key, so neither overwrites the other', async () => {
    const storage = memoryStorage();
    const locks = fakeLocks();
    const first = createTabSession(storage, memoryStorage(), locks.tab(), keysOf(storage));
    const second = createTabSession(storage, memoryStorage(), locks.tab(), keysOf(storage));
    expect(first.saveKey()).toBeUndefined(); // not known before the locks answer
    expect(await first.start()).toEqual({ role: 'main', anotherTab: false });
    expect(await second.start()).toEqual({ role: 'own', anotherTab: true });
    expect(first.saveKey()).toBe(AUTOSAVE_KEY);
    expect(second.saveKey()).toMatch(/^pipewright:autosave:tab:/);
  });

  it('after a reload a tab restores its own key, and a duplicated tab takes a new id', async () => {
    const storage = memoryStorage();
    const session = memoryStorage();
    const locks = fakeLocks();
    const lock = locks.tab();
    const tab = createTabSession(storage, session, lock, keysOf(storage));
    await tab.start();
    const id = session.getItem(TAB_ID_KEY)!;
    saveWork(storage, savedWork(samplePipeline), tabKey(id));
    // A duplicate copies the session storage (same id) while the original is still open.
    const duplicate = createTabSession(storage, memoryStorage(), locks.tab(), keysOf(storage));
    const copiedSession = memoryStorage();
    copiedSession.setItem(TAB_ID_KEY, id);
    const dup = createTabSession(storage, copiedSession, locks.tab(), keysOf(storage));
    expect(dup.restoreKey).toBe(tabKey(id));
    await dup.start();
    expect(dup.saveKey()).not.toBe(tabKey(id));
    expect(duplicate.restoreKey).toBe(AUTOSAVE_KEY);
    // The original reloads: same id, its own key.
    locks.close(lock);
    const reloaded = createTabSession(storage, session, locks.tab(), keysOf(storage));
    expect(reloaded.restoreKey).toBe(tabKey(id));
    expect((await reloaded.start()).role).toBe('own');
  });

  it('offers the work of closed tabs only, and opening it keeps the open document in its place', async () => {
    const storage = memoryStorage();
    const locks = fakeLocks();
    const openTab = locks.tab();
    const other = createTabSession(storage, memoryStorage(), openTab, keysOf(storage));
    await other.start();
    saveWork(storage, savedWork({ ...samplePipeline, name: 'open-tab' }), other.saveKey()!);
    saveWork(storage, savedWork({ ...samplePipeline, name: 'closed-tab' }), tabKey('gone'));
    const mine = createTabSession(storage, memoryStorage(), locks.tab(), keysOf(storage));
    await mine.start();
    const closed = await mine.closedTabsWork();
    expect(closed).toEqual([tabKey('gone')]);
    expect(describeClosedTabsWork(storage, closed).map((w) => w.name)).toEqual(['closed-tab']);

    const store = createEditorStore({ pipeline: { ...samplePipeline, name: 'current' } });
    expect(openClosedTabWork(store, storage, tabKey('gone'))).toBe(true);
    expect(store.getState().pipeline.name).toBe('closed-tab');
    const kept = loadWork(storage, tabKey('gone'));
    expect(kept?.ok && kept.work.document.pipeline.name).toBe('current');
  });

  it('without Web Locks a tab behaves as the only one', async () => {
    const storage = memoryStorage();
    const tab = createTabSession(storage, undefined, undefined, keysOf(storage));
    expect(tab.saveKey()).toBe(AUTOSAVE_KEY);
    expect(await tab.start()).toEqual({ role: 'main', anotherTab: false });
  });
});

describe('JSON draft autosave', () => {
  it('saves the draft beside the record, restores it, and removes it once gone', () => {
    const storage = memoryStorage();
    const store = createEditorStore({ pipeline: samplePipeline });
    autosave(store, storage, () => undefined, { key: () => 'k' });
    const draft = { text: '{ "pipeline": ', error: { message: 'Unexpected end', line: 1, column: 15 } };
    store.getState().setJsonDraft(draft);
    expect(loadDraft(storage, 'k')).toEqual(draft);
    const restored = restoreSession(storage, 'k');
    expect(restored.init.jsonDraft).toEqual(draft);
    expect(restored.init.pipeline).toEqual(samplePipeline);
    expect(createEditorStore(restored.init).getState()).toMatchObject({ jsonDraft: draft, dockPanel: 'json' });
    store.getState().setJsonDraft(null);
    expect(loadDraft(storage, 'k')).toBeUndefined();
  });

  it('waits for the key: nothing is saved until the tab knows where, then the pending change is', () => {
    const storage = memoryStorage();
    const target: { key?: string } = {};
    const store = createEditorStore();
    const saveNow = autosave(store, storage, () => undefined, { key: () => target.key });
    store.getState().dispatch({ kind: 'setField', path: '/name', value: 'waiting' });
    expect(storage.data.size).toBe(0);
    target.key = 'later';
    saveNow();
    const saved = loadWork(storage, 'later');
    expect(saved?.ok && saved.work.document.pipeline.name).toBe('waiting');
  });
});
