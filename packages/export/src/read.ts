/*
 * `@pipewright/export/read`: reading pipeline files without the exporters. Nothing here loads
 * the `yaml` package or a format's reader before a file needs it (see load-pipelines.ts).
 */
export { loadPipelines } from './import/load-pipelines.js';
export { incompleteParts } from './import/incomplete-parts.js';
export type { FidelityReport, ImportedPipeline, ImportError, ImportFormat, ImportResult } from './import/types.js';
