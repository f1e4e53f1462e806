export * from './schema/opaque.js';
export * from './schema/pipeline.js';
export * from './catalogue/catalogue.js';
export type * from './edits/types.js';
export * from './pointer/json-pointer.js';
export { generatePipeline, type GeneratePipelineOptions } from './generate/generate-pipeline.js';
