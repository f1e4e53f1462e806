import {
  EXPORT_TARGETS,
  exportPipeline,
  importPipelines,
  type ExportTarget,
  type ExportWarning,
  type ImportedPipeline,
} from '@pipewright/export';
import { findMaskedSecrets } from '@pipewright/model';
import type { LivePipeline } from './live-pipelines.js';

/*
 * A pulled pipeline written in a format: by default GetPipeline's answer as
 * `aws codepipeline get-pipeline` prints it, otherwise through the same import and export as
 * `pipewright convert`. Masked secrets (`****`) are named in warnings; the IaC exports write
 * references (parameters, sensitive variables) in their place.
 */

export type PullFormat = ExportTarget | 'get-pipeline';

export const PULL_FORMATS: readonly PullFormat[] = ['get-pipeline', ...EXPORT_TARGETS];

export function isPullFormat(value: unknown): value is PullFormat {
  return typeof value === 'string' && (PULL_FORMATS as readonly string[]).includes(value);
}

export type RenderedPipeline =
  | { ok: true; text: string; extension: string; warnings: ExportWarning[]; imported: ImportedPipeline }
  | { ok: false; reason: string };

/** The live pipeline as the model reads it (the same importer as a get-pipeline file). */
export function importLive(
  live: LivePipeline,
): { ok: true; imported: ImportedPipeline } | { ok: false; reason: string } {
  const text = getPipelineText(live);
  const result = importPipelines(new TextEncoder().encode(text), { fileName: `${live.pipeline.name}.json` });
  if (!result.ok) return { ok: false, reason: `the live pipeline cannot be read (${result.error.message})` };
  const imported = result.pipelines[0];
  if (!imported) return { ok: false, reason: 'the live pipeline cannot be read (no pipeline in the answer)' };
  return { ok: true, imported };
}

export function getPipelineText(live: LivePipeline): string {
  return `${JSON.stringify(live, null, 2)}\n`;
}

export function renderPulled(live: LivePipeline, format: PullFormat): RenderedPipeline {
  const read = importLive(live);
  if (!read.ok) return read;
  const { imported } = read;
  if (format === 'get-pipeline') {
    const warnings = findMaskedSecrets(imported.pipeline).map((masked): ExportWarning => ({
      code: 'masked-secret',
      message: `${masked.key}${masked.owner !== undefined ? ` of "${masked.owner}"` : ''} was masked (****) by GetPipeline and is kept as ****: put the real value or a reference in its place before pushing (push refuses to send ****).`,
      path: masked.path,
    }));
    return { ok: true, text: getPipelineText(live), extension: '.json', warnings, imported };
  }
  const exported = exportPipeline(imported.pipeline, format, imported.extras ? { extras: imported.extras } : {});
  return {
    ok: true,
    text: exported.text,
    extension: extensionOf(exported.fileName),
    warnings: exported.warnings,
    imported,
  };
}

/** `pipeline.tf.json` -> `.tf.json`: export file names are a snake_case label and the target's extension. */
function extensionOf(fileName: string): string {
  const dot = fileName.indexOf('.');
  return dot === -1 ? '' : fileName.slice(dot);
}

export function formatWarning(warning: ExportWarning): string {
  return `warning [${warning.code}]${warning.path ? ` ${warning.path}` : ''}: ${warning.message}`;
}
