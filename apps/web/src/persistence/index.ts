export * from './format.js';
export * from './migrations.js';
export * from './autosave.js';
export * from './share-link.js';
export * from './session.js';
