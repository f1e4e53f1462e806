import { useEffect, useState } from 'react';
import { openClosedTabWork, type ClosedTabWork, type KeyValueStorage } from '../persistence/index.js';
import { useEditorStoreApi } from '../store/index.js';

export interface ClosedTabsNoticeProps {
  work: Promise<ClosedTabWork[]> | undefined;
  storage: KeyValueStorage | undefined;
}

/**
 * Offers the work that tabs closed meanwhile kept under their own keys (persistence/tabs.ts):
 * it is never dropped, and opening it keeps the open document in its place.
 */
export function ClosedTabsNotice({ work, storage }: ClosedTabsNoticeProps) {
  const store = useEditorStoreApi();
  const [offered, setOffered] = useState<ClosedTabWork[]>([]);
  useEffect(() => {
    let live = true;
    void work?.then((found) => live && setOffered(found));
    return () => {
      live = false;
    };
  }, [work]);
  const first = offered[0];
  if (!first || !storage) return null;
  const more = offered.length - 1;
  return (
    <div className="pw-closed-tabs" role="region" aria-label="Work from another tab">
      <p>
        A tab that was closed kept its own work: <strong>{first.name}</strong> (saved{' '}
        {new Date(first.savedAt).toLocaleString()}){more > 0 ? `, and ${more} more` : ''}.
      </p>
      <button
        type="button"
        onClick={() => {
          if (openClosedTabWork(store, storage, first.key)) setOffered((list) => list.slice(1));
        }}
      >
        Open it (keeps this one)
      </button>
      <button type="button" onClick={() => setOffered((list) => list.slice(1))}>
        Not now
      </button>
    </div>
  );
}
