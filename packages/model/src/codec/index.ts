export { parsePipelineJson } from './parse.js';
export { printPipelineJson, formatPipelineJson, encodePipelineJson } from './print.js';
export type * from './types.js';
export { JsonOffsets } from './json-offsets.js';
