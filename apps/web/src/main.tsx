import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { ClosedTabsNotice } from './app/ClosedTabsNotice.js';
import { bootEditor } from './boot.js';
import type { LockManagerLike } from './persistence/index.js';
import { EditorStoreProvider } from './store/index.js';

function storageOrUndefined(which: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return window[which];
  } catch {
    return undefined; // storage disabled (privacy settings): run without autosave
  }
}

const storage = storageOrUndefined('localStorage');
const locks: LockManagerLike | undefined = 'locks' in navigator ? navigator.locks : undefined;
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first render waits for the share link to be read (natively inflated, so asynchronous): the
// canvas draws the shared pipeline once, not the restored work first.
void bootEditor(window.location, storage, { session: storageOrUndefined('sessionStorage'), locks }).then(
  ({ store, closedTabsWork }) =>
    createRoot(root).render(
      <StrictMode>
        <EditorStoreProvider store={store}>
          <App />
          <ClosedTabsNotice work={closedTabsWork} storage={storage} />
        </EditorStoreProvider>
      </StrictMode>,
    ),
);
