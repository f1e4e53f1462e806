import { importPipelines, incompleteParts } from '@pipewright/export';
import { validate } from '@pipewright/validator';
import { reviewImport } from './review.js';
import { sizeProblem, type ReadImportResult } from './import-limits.js';

export * from './import-limits.js';

/*
 * Reads a dropped, opened or pasted file into import candidates, each with its
 * review. Pure and serialisable (no functions in the result), so it can run in
 * a Web Worker; never throws.
 */

export function readImport(input: string | Uint8Array, fileName?: string): ReadImportResult {
  const bytes = typeof input === 'string' ? input.length : input.byteLength;
  const tooBig = sizeProblem(bytes, fileName);
  if (tooBig) return tooBig;
  try {
    const result = importPipelines(input, fileName ? { fileName } : {});
    const named = fileName ? { fileName } : {};
    if (!result.ok) {
      return {
        ok: false,
        ...named,
        message: result.error.message,
        line: result.error.line,
        column: result.error.column,
      };
    }
    if (result.pipelines.length === 0) {
      return { ok: false, ...named, message: `no pipeline found in this ${result.format} file`, line: 1, column: 1 };
    }
    return {
      ok: true,
      format: result.format,
      ...named,
      candidates: result.pipelines.map((p) => {
        const incomplete = incompleteParts(p.fidelity);
        const region = p.region ? { region: p.region } : {};
        return {
          id: p.id,
          pipeline: p.pipeline,
          ...(p.extras ? { extras: p.extras } : {}),
          incomplete,
          ...region,
          review: reviewImport(p.pipeline, validate(p.pipeline, { incomplete, ...region }), p.fidelity, (pointer) =>
            p.locate(pointer),
          ),
        };
      }),
    };
  } catch (error) {
    // importPipelines promises never to throw; if it does, the user still gets a message.
    return {
      ok: false,
      ...(fileName ? { fileName } : {}),
      message: `the import failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
