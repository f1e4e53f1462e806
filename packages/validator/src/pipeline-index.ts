/*
 * The pipeline index rules read (see pipeline-index/): its records, the per-call builder and
 * the helpers rules share. One import for rules, so they need not know the files behind it.
 */
export { buildIndex } from './pipeline-index/build-index.js';
export { byType } from './pipeline-index/by-type.js';
export { ActionEntry, NamedRef, VariableRef, type VariableRefField } from './pipeline-index/entries.js';
export { actionLabel } from './pipeline-index/labels.js';
export type { PipelineIndex } from './pipeline-index/pipeline-index.js';
export type { ConditionRuleEntry, StageEntry } from './pipeline-index/stage-entry.js';
