/*
 * The one place the store reaches the model's and validator's behaviour, so a
 * test or a future worker-based validator can swap them in one spot.
 */
export { applyEdit } from '@pipewright/model';
export { validate, validateChange } from '@pipewright/validator';
export type { Validation } from '@pipewright/validator';
export type { Diagnostic, Severity } from '@pipewright/validator';
