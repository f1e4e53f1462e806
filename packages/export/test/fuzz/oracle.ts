import { Pipeline } from '@pipewright/model';

/*
 * What must hold for every input, whatever it is: a result (never an exception), an
 * error that says where (1-based line and column, inside the file), pipelines that are
 * really pipelines, and Object.prototype untouched.
 */

/** Lines in the input under any reading of its bytes: an error's line can be at most one past them. */
export function lineCountBound(input: string | Uint8Array): number {
  let newlines = 0;
  if (typeof input === 'string') {
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85) newlines++;
    }
  } else {
    // Counts 0x0A/0x0D in any byte position, so UTF-16 line breaks are counted too.
    for (let i = 0; i < input.length; i++) if (input[i] === 10 || input[i] === 13) newlines++;
  }
  return newlines + 1;
}

function isPosition(line: unknown, column: unknown): boolean {
  return Number.isInteger(line) && Number.isInteger(column) && (line as number) >= 1 && (column as number) >= 1;
}

/** Problems with the result of `importPipelines` or one format's importer. */
export function importResultProblems(result: unknown, input: string | Uint8Array): string[] {
  if (typeof result !== 'object' || result === null || typeof (result as { ok?: unknown }).ok !== 'boolean') {
    return ['returned something other than an ImportResult'];
  }
  const r = result as { ok: boolean; error?: { message?: unknown; line?: unknown; column?: unknown } };
  if (!r.ok) return errorProblems(r.error, input);
  const { format, pipelines } = result as { format?: unknown; pipelines?: unknown };
  const problems: string[] = [];
  if (format !== 'json' && format !== 'cloudformation' && format !== 'terraform')
    problems.push(`unknown format ${String(format)}`);
  if (!Array.isArray(pipelines) || pipelines.length === 0) return [...problems, 'ok without pipelines'];
  for (const imported of pipelines as { id?: unknown; pipeline?: unknown; locate?: unknown }[]) {
    if (typeof imported.id !== 'string') problems.push('pipeline without an id');
    const checked = Pipeline.safeParse(imported.pipeline);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      problems.push(`imported pipeline does not match the schema at /${issue?.path.join('/')}: ${issue?.message}`);
    }
    if (typeof imported.locate !== 'function') {
      problems.push('pipeline without locate()');
      continue;
    }
    for (const pointer of ['', '/stages/0/actions/0/name', '/no/such/thing']) {
      const at = (imported.locate as (p: string) => { line: number; column: number } | undefined)(pointer);
      if (at !== undefined && !isPosition(at.line, at.column))
        problems.push(`locate(${pointer}) gave ${JSON.stringify(at)}`);
    }
  }
  return problems;
}

/** Problems with the result of `parsePipelineJson`. */
export function jsonResultProblems(result: unknown, input: string | Uint8Array): string[] {
  if (typeof result !== 'object' || result === null || typeof (result as { ok?: unknown }).ok !== 'boolean') {
    return ['returned something other than a PipelineJsonResult'];
  }
  const r = result as { ok: boolean; error?: { offset?: unknown }; document?: { pipeline?: unknown; text?: unknown } };
  if (!r.ok) {
    const problems = errorProblems(r.error, input);
    const offset = r.error?.offset;
    if (!Number.isInteger(offset) || (offset as number) < 0) problems.push(`error offset ${String(offset)}`);
    return problems;
  }
  const checked = Pipeline.safeParse(r.document?.pipeline);
  return checked.success ? [] : ['document.pipeline does not match the schema'];
}

function errorProblems(error: unknown, input: string | Uint8Array): string[] {
  if (typeof error !== 'object' || error === null) return ['ok: false without an error'];
  const { message, line, column } = error as { message?: unknown; line?: unknown; column?: unknown };
  const problems: string[] = [];
  if (typeof message !== 'string' || message.trim() === '') problems.push('error without a message');
  if (!isPosition(line, column))
    problems.push(`error without a valid location (line ${String(line)}, column ${String(column)})`);
  else if ((line as number) > lineCountBound(input))
    problems.push(`error line ${String(line)} is past the end of the file`);
  return problems;
}

/** Caught by a last-resort `catch`: the input reached a code path that threw. Worth a bug report. */
export function internalErrorMessage(result: unknown): string | undefined {
  const error = (result as { ok?: boolean; error?: { message?: unknown } }).error;
  if ((result as { ok?: boolean }).ok !== false || typeof error?.message !== 'string') return undefined;
  return /^could not read the file: |did not answer synchronously|did not start|Maximum call stack/.test(error.message)
    ? error.message
    : undefined;
}

const prototypeNames = (target: object) => Object.getOwnPropertyNames(target).sort().join(',');
const PRISTINE = { object: prototypeNames(Object.prototype), array: prototypeNames(Array.prototype) };

/** Whether some input added or removed properties on Object.prototype or Array.prototype. */
export function prototypesTouched(): boolean {
  return prototypeNames(Object.prototype) !== PRISTINE.object || prototypeNames(Array.prototype) !== PRISTINE.array;
}
