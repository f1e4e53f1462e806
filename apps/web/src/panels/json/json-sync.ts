import {
  formatPipelineJson,
  parsePipelineJson,
  printPipelineJson,
  type Pipeline,
  type PipelineJsonDocument,
  type TextRange,
} from '@pipewright/model';
import { repeatedJsonKeyError } from '@pipewright/export';
import type { Diagnostic } from '../../store/index.js';

export { originalJsonDocument } from './original-document.js';

/*
 * The pure half of the JSON view: which text shows a pipeline, and where each
 * diagnostic sits in that text. The editor component only wires these to Monaco.
 */

/**
 * The document the JSON view shows for a pipeline: printed back in the shape,
 * indentation and key order of the file it came from when there is one, else
 * freshly formatted as create-pipeline input.
 */
export function documentFor(pipeline: Pipeline, base: PipelineJsonDocument | undefined): PipelineJsonDocument {
  const text = base ? printPipelineJson(base, pipeline) : formatPipelineJson(pipeline, 'create-pipeline');
  const parsed = parsePipelineJson(text);
  if (parsed.ok) return parsed.document;
  // A pipeline that does not re-parse (an exotic value) still shows, formatted fresh.
  const fresh = parsePipelineJson(formatPipelineJson(pipeline, 'create-pipeline'));
  if (fresh.ok) return fresh.document;
  throw new Error(`the pipeline cannot be shown as JSON: ${fresh.error.message}`);
}

export interface TextMarker {
  /** Offsets into the document's text. */
  start: number;
  end: number;
  severity: Diagnostic['severity'];
  message: string;
  ruleId: string;
}

/**
 * Where each diagnostic is in the text. A diagnostic on a whole object (or on a
 * missing field, which falls back to its parent) is marked on its first line
 * only, so one problem does not underline fifty lines.
 */
export function markersFor(document: PipelineJsonDocument, diagnostics: readonly Diagnostic[]): TextMarker[] {
  return diagnostics.flatMap((d) => {
    const range: TextRange | undefined = document.sourceMap.rangeOf(d.path);
    if (!range) return [];
    const newline = document.text.indexOf('\n', range.offset);
    const lineEnd = newline === -1 ? document.text.length : newline;
    const end = Math.min(range.offset + Math.max(range.length, 1), lineEnd > range.offset ? lineEnd : range.offset + 1);
    return [{ start: range.offset, end, severity: d.severity, message: d.message, ruleId: d.ruleId }];
  });
}

export type TextEditOutcome =
  | { kind: 'unchanged'; document: PipelineJsonDocument }
  | { kind: 'changed'; document: PipelineJsonDocument }
  | { kind: 'invalid'; error: { message: string; line: number; column: number } };

/** What a text edit means for the store: nothing, a new pipeline, or an error to show. */
export function readEditedText(
  text: string,
  current: Pipeline,
  equal: (a: unknown, b: unknown) => boolean,
): TextEditOutcome {
  const parsed = parsePipelineJson(text);
  if (!parsed.ok) return { kind: 'invalid', error: parsed.error };
  // A key typed twice is refused as the importers refuse it, not read as "the last one wins".
  const repeated = repeatedJsonKeyError(parsed.document);
  if (repeated)
    return { kind: 'invalid', error: { message: repeated.message, line: repeated.line, column: repeated.column } };
  return equal(parsed.document.pipeline, current)
    ? { kind: 'unchanged', document: parsed.document }
    : { kind: 'changed', document: parsed.document };
}
