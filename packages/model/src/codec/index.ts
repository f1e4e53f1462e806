export { parsePipelineJson } from './parse.js';
export { decodeJsonBytes, type DecodeResult } from './decode.js';
export { printPipelineJson, formatPipelineJson, encodePipelineJson } from './print.js';
export type * from './types.js';
export { JsonOffsets } from './json-offsets.js';
export { LineIndex } from './line-index.js';
