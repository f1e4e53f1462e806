import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { bootEditor } from './boot.js';
import { EditorStoreProvider } from './store/index.js';

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled (privacy settings): run without autosave
  }
}

const { store } = bootEditor(window.location, localStorageOrUndefined());
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <EditorStoreProvider store={store}>
      <App />
    </EditorStoreProvider>
  </StrictMode>,
);
