export { parsePipelineJson, type ParsePipelineJsonOptions } from './parse.js';
export { printPipelineJson, formatPipelineJson, encodePipelineJson } from './print.js';
export type * from './types.js';
export { JsonOffsets } from './json-offsets.js';
export { parseJsonTree, type SyntaxResult } from './syntax.js';
export { nodeValue } from './tree-value.js';
export { repeatedJsonKeys, repeatedKeysInTree, repeatedKeysOf, type RepeatedKey } from './repeated-keys.js';
/** The parse tree `parseJsonTree` gives (jsonc-parser's), for readers in other packages. */
export type { Node as JsonTreeNode } from 'jsonc-parser';
