export { exportPipeline } from './export-pipeline.js';
export { importPipelines } from './import/import-pipelines.js';
export { incompleteParts } from './import/incomplete-parts.js';
export { repeatedJsonKeyError } from './json/import.js';
export type { FidelityReport, ImportedPipeline, ImportError, ImportFormat, ImportResult } from './import/types.js';
export * from './types.js';
export { planExport, secretAt, isSecretConfigKey, type PlanOptions } from './plan/index.js';
export { startTerraformParser } from './terraform/index.js';
