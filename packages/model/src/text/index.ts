export { LineIndex, positionAt } from './line-index.js';
export { MAX_NESTING, nestingMessage, offsetBeyondNesting, type NestingSyntax } from './nesting.js';
export { escapePointerSegment, unescapePointerSegment } from './pointer-segment.js';
export { decodeText, decodeFailurePosition, type DecodeResult } from './decode.js';
