import { literal } from '../schema/opaque.js';
import type { Pipeline } from '../schema/pipeline.js';
import { setOwn } from '../util/own.js';
import { mapActions, ok, refuse } from './access.js';
import { namespaces, outputNames } from './artifact-edits.js';
import type { EditResult } from './types.js';
import { NAME_SPECS, nameProblem, RESERVED_NAMESPACES } from '../semantics/names.js';

/**
 * Renames an action namespace and rewrites every `#{from.key}` reference in
 * every string of the pipeline (configuration, commands, environment
 * variables, rules, unknown fields alike).
 */
export function renameNamespace(pipeline: Pipeline, from: string, to: string): EditResult {
  // The API's ActionNamespace pattern: a `.` or `}` would break `#{ns.key}` references.
  if (nameProblem(to, NAME_SPECS.namespace))
    return refuse(`namespace "${to}" must be 1-100 letters, digits, @, - or _`);
  if (RESERVED_NAMESPACES.includes(to)) return refuse(`"${to}" is a reserved namespace`);
  if (from === to) return ok(pipeline);
  const existing = namespaces(pipeline);
  if (!existing.has(from)) return refuse(`no action has the namespace "${from}"`);
  if (existing.has(to)) return refuse(`the namespace "${to}" already exists`);
  if (outputNames(pipeline).has(to))
    return refuse(`"${to}" is already an artifact name; namespaces and artifacts must differ`);

  const withNamespace = mapActions(pipeline, (action) =>
    literal(action.namespace) === from ? { ...action, namespace: to } : action,
  );
  const needle = `#{${from}.`;
  const replacement = `#{${to}.`;
  return ok(mapStrings(withNamespace, (s) => (s.includes(needle) ? s.split(needle).join(replacement) : s)) as Pipeline);
}

/** Applies `rewrite` to every string value; containers are copied only where something changed. */
export function mapStrings(value: unknown, rewrite: (s: string) => string): unknown {
  if (typeof value === 'string') return rewrite(value);
  if (Array.isArray(value)) {
    let changed = false;
    const next = value.map((item) => {
      const mapped = mapStrings(item, rewrite);
      if (mapped !== item) changed = true;
      return mapped;
    });
    return changed ? next : value;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(record)) {
      const mapped = mapStrings(record[key], rewrite);
      if (mapped !== record[key]) {
        copy ??= { ...record };
        setOwn(copy, key, mapped);
      }
    }
    return copy ?? value;
  }
  return value;
}
