/*
 * The single place the web app reaches the model's and validator's behaviour.
 * While those packages are being written, some names come from ./fallback; each
 * line moves to the real package as it lands, and nothing else changes.
 */
export { applyEditFallback as applyEdit } from './fallback/applyEdit.js';
export { validateFallback as validate } from './fallback/validate.js';
export type { Diagnostic, Severity } from './fallback/validate.js';
export { generatePipelineFallback as generatePipeline } from './fallback/generate.js';
