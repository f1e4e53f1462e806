export { diffPipelines } from './diff-pipelines.js';
export { applyDiff } from './apply-diff.js';
export { riskNotes } from './risks/index.js';
export { formatDiffMarkdown, type MarkdownOptions } from './markdown.js';
export { describeChange } from './describe.js';
export * from './types.js';
