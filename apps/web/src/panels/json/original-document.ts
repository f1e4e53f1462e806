import type { PipelineJsonDocument } from '@pipewright/model';
import type { DocumentSource } from '../../store/index.js';

/*
 * Kept apart from json-sync.ts, which imports @pipewright/export: the compare dialog (in the initial
 * bundle) needs only this, and importing it from json-sync pulled every exporter (CDK, Terraform,
 * CloudFormation, yaml: ~100 KB gzipped) into the JavaScript loaded before first draw.
 */

function isJsonDocument(value: unknown): value is PipelineJsonDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PipelineJsonDocument).text === 'string' &&
    typeof (value as PipelineJsonDocument).sourceMap === 'object'
  );
}

/** The original JSON file behind the store's document, when it was imported from one. */
export function originalJsonDocument(source: DocumentSource): PipelineJsonDocument | undefined {
  return isJsonDocument(source.original) ? source.original : undefined;
}
