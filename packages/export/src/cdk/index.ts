export { emitCdk } from './emit.js';
export { tsString, tsKey } from './ts-literal.js';
