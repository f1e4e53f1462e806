import { AUTOSAVE_KEY, type KeyValueStorage } from './autosave.js';

/*
 * Several tabs, one browser storage. Each tab has an id (in sessionStorage: it survives a
 * reload of that tab, not a new tab) and holds a Web Lock named after it while it is open.
 * Only the tab that holds the "main" lock and started from the main record saves there (that
 * is what a new tab restores); every other tab saves its document under its own key, so no tab
 * ever overwrites another tab's work. A tab's key whose tab is gone (its lock is free) is
 * offered to the next tab that starts, never dropped.
 */

export const TAB_ID_KEY = 'pipewright:tab-id';
export const TAB_KEY_PREFIX = 'pipewright:autosave:tab:';
const MAIN_LOCK = 'pipewright:autosave';
const TAB_LOCK_PREFIX = 'pipewright:tab:';

export const tabKey = (id: string): string => `${TAB_KEY_PREFIX}${id}`;

/** The part of the Web Locks API this needs (tests pass a fake). */
export interface LockManagerLike {
  request(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<void> | void): unknown;
  query(): Promise<{ held?: { name?: string | undefined }[] }>;
}

/** Where this tab saves: the main record, its own key, or not yet known (the locks answer soon). */
export type TabRole = 'pending' | 'main' | 'own';

export interface TabSession {
  /** The key this tab's work is restored from. */
  readonly restoreKey: string;
  /** The key to save to now; undefined until the tab knows whether another tab holds the main record. */
  saveKey(): string | undefined;
  /** Takes this tab's locks; resolves with where it saves and whether another open tab holds the main record. */
  start(): Promise<{ role: Exclude<TabRole, 'pending'>; anotherTab: boolean }>;
  /** Keys of work saved by tabs that are closed now (other than this tab's own). */
  closedTabsWork(): Promise<string[]>;
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function readId(session: KeyValueStorage | undefined): string | undefined {
  try {
    return session?.getItem(TAB_ID_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeId(session: KeyValueStorage | undefined, id: string): void {
  try {
    session?.setItem(TAB_ID_KEY, id);
  } catch {
    // Without session storage the tab gets a new id on reload; its work stays under the old key and is offered.
  }
}

function has(storage: KeyValueStorage, key: string): boolean {
  try {
    return storage.getItem(key) !== null;
  } catch {
    return false;
  }
}

/** Holds a lock until the page goes away; resolves with whether it was free. */
function hold(locks: LockManagerLike, name: string): Promise<boolean> {
  return new Promise((resolve) => {
    void locks.request(name, { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      return lock === null ? undefined : new Promise<void>(() => undefined); // never released while open
    });
  });
}

export function createTabSession(
  storage: KeyValueStorage,
  session: KeyValueStorage | undefined,
  locks: LockManagerLike | undefined,
  listKeys: () => string[],
): TabSession {
  let id = readId(session) ?? newId();
  writeId(session, id);
  // After a reload, the tab's own saved work (when it had to keep one) is what it restores.
  const restoredOwn = has(storage, tabKey(id));
  const restoreKey = restoredOwn ? tabKey(id) : AUTOSAVE_KEY;
  // Without Web Locks (old browsers) there is no way to see other tabs: behave as the only one.
  let role: TabRole = locks ? 'pending' : restoredOwn ? 'own' : 'main';

  return {
    restoreKey,
    saveKey: () => (role === 'pending' ? undefined : role === 'main' ? AUTOSAVE_KEY : tabKey(id)),
    async start() {
      if (!locks || role !== 'pending') return { role: role === 'own' ? 'own' : 'main', anotherTab: false };
      // A duplicated tab copies its session storage, and so the id: the second one takes a new id.
      if (!(await hold(locks, TAB_LOCK_PREFIX + id))) {
        id = newId();
        writeId(session, id);
        await hold(locks, TAB_LOCK_PREFIX + id);
      }
      const main = await hold(locks, MAIN_LOCK);
      const next = main && !restoredOwn ? 'main' : 'own';
      role = next;
      return { role: next, anotherTab: !main };
    },
    async closedTabsWork() {
      const held = new Set<string>();
      if (locks) {
        const state = await locks.query();
        for (const lock of state.held ?? []) if (lock.name) held.add(lock.name);
      }
      return listKeys().filter((key) => {
        if (!key.startsWith(TAB_KEY_PREFIX) || key.includes(':', TAB_KEY_PREFIX.length)) return false;
        const owner = key.slice(TAB_KEY_PREFIX.length);
        return owner !== id && !held.has(TAB_LOCK_PREFIX + owner);
      });
    },
  };
}
