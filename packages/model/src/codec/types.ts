import type { Pipeline } from '../schema/pipeline.js';

/** The three file shapes the CodePipeline CLI and API use. */
export type PipelineJsonShape = 'get-pipeline' | 'create-pipeline' | 'bare';

/** A span of text; line and column are 1-based, column counts UTF-16 code units. */
export interface TextRange {
  line: number;
  column: number;
  offset: number;
  length: number;
}

export interface SourceMap {
  /** The range of the value at a pointer (relative to the declaration); a missing pointer falls back to its nearest existing ancestor. */
  rangeOf(pointer: string): TextRange | undefined;
  /** The pointer (relative to the declaration) of the innermost value at an offset; `''` outside the declaration. */
  pointerAt(offset: number): string;
}

import type { TextEncodingName } from '../text/decode.js';

export type { TextEncodingName };

/** How the file was written, so a re-print looks like the original. */
export interface JsonTextStyle {
  /** One indentation step: `'  '`, `'    '`, `'\t'`... */
  indent: string;
  eol: '\n' | '\r\n';
  /** Python 2's `json.dump(indent=...)` leaves a space after each line-ending comma. */
  spaceBeforeEol: boolean;
}

export interface PipelineJsonDocument {
  shape: PipelineJsonShape;
  /** The declaration as read (unknown fields kept, `__proto__`-like keys kept as plain data). */
  pipeline: Pipeline;
  /** Top-level keys besides `pipeline` (`metadata`, `tags`, ...); empty for a bare declaration. */
  envelope: Record<string, unknown>;
  /** The decoded text, without any byte order mark. Offsets and positions refer to it. */
  text: string;
  sourceMap: SourceMap;
  encoding: TextEncodingName;
  /** Whether the input started with a byte order mark (see `encodePipelineJson`). */
  bom: boolean;
  style: JsonTextStyle;
}

export interface PipelineJsonError {
  message: string;
  line: number;
  column: number;
  offset: number;
}

export type PipelineJsonResult = { ok: true; document: PipelineJsonDocument } | { ok: false; error: PipelineJsonError };
