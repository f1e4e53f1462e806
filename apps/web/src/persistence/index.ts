export * from './format.js';
export * from './autosave.js';
export * from './share-link.js';
export * from './pulled-link.js';
export * from './session.js';
export * from './draft.js';
export * from './tabs.js';
export * from './closed-tabs.js';
