import { Pipeline, acceptsPipeline } from '@pipewright/model';
import { pointerOf } from '../../plan/pointer.js';
import { terraformPath } from './locate.js';

/*
 * Terraform refuses a resource that lacks a required argument ("Missing required argument")
 * or gives one a value of the wrong kind; the import does too, instead of handing on a
 * pipeline the model's schema rejects.
 */

export interface SchemaProblem {
  message: string;
  /** Where to point: the missing argument's block, or the value itself. */
  pointer: string;
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as never)[key as never] : undefined;
  return node;
}

export function schemaProblem(
  pipeline: unknown,
  kept: Record<string, Record<string, unknown>>,
): SchemaProblem | undefined {
  if (acceptsPipeline(pipeline)) return undefined; // allocation-free; zod below says why when it cannot say yes
  const checked = Pipeline.safeParse(pipeline);
  if (checked.success) return undefined;
  const issue = checked.error.issues[0];
  if (!issue) return undefined;
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  const pointer = pointerOf(path);
  const where = terraformPath(pointer);
  if (valueAt(pipeline, issue.path) !== undefined) {
    return { message: `Invalid value for ${where}: ${issue.message}`, pointer };
  }
  const block = pointerOf(path.slice(0, -1));
  const argument = where.split('.').pop() ?? where;
  // The argument is there but held something the model cannot take (kept aside on import).
  if (kept[block] && Object.hasOwn(kept[block], argument)) {
    return { message: `Invalid value for ${where}: the argument needs a single value here`, pointer: block };
  }
  return { message: `Missing required argument: ${where} is required, but no definition was found`, pointer: block };
}
