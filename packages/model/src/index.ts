export * from './schema/opaque.js';
export * from './schema/pipeline.js';
export * from './catalogue/catalogue.js';
export type * from './edits/types.js';
export * from './pointer/json-pointer.js';
export { generatePipeline, type GeneratePipelineOptions } from './generate/generate-pipeline.js';
export * from './codec/index.js';
export { deepEqual } from './util/deep-equal.js';
export * from './templates/index.js';
