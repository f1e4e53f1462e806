/*
 * Monaco, bundled locally: the editor API and JSON support only (the bare
 * `monaco-editor` import would pull every language, ~4 MB). Workers are
 * bundled by Vite from this origin, and @monaco-editor/react is handed this
 * instance so it never fetches Monaco from a CDN. Imported only by the lazily
 * loaded JSON editor, so none of it is in the initial bundle.
 */
import * as monaco from 'monaco-editor/editor';
import './monaco-contributions.js';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { loader } from '@monaco-editor/react';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

loader.config({ monaco });

export { monaco, jsonDefaults };
