export * from './editorStore.js';
export * from './react.js';
export * from './selection.js';
export * from './diagnosticsIndex.js';
export type { Diagnostic, Severity } from './modelApi.js';
