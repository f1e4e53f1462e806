import { displayValue, isOpaque, type OpaqueSource } from '@pipewright/model';
import type { ExportTarget, ExportWarning, OpaqueEntry } from '../types.js';
import { isPlainObject, ownEntries, setOwn } from './own.js';
import { pointerOf } from './pointer.js';

/** The opaque-value format each target can write back unchanged (CDK takes CloudFormation intrinsics as tokens). */
export function nativeOpaqueSource(target: ExportTarget): OpaqueSource | undefined {
  switch (target) {
    case 'cloudformation':
    case 'cloudformation-json':
    case 'cdk':
      return 'cloudformation';
    case 'terraform':
    case 'terraform-json':
      return 'terraform';
    case 'json':
      return undefined;
  }
}

/** Fields the API types as integers: a placeholder string cannot stand there, so a foreign opaque value is removed. */
const NUMERIC_FIELDS = new Set(['runOrder', 'timeoutInMinutes']);

/** Is the value at `segments` an integer of the API? (`version` only at the top: an action type's version is a string.) */
export function isNumericField(segments: readonly (string | number)[]): boolean {
  const last = segments[segments.length - 1];
  if (typeof last !== 'string') return false;
  return NUMERIC_FIELDS.has(last) || (last === 'version' && segments.length === 1);
}

/** The marked string that replaces an opaque value the target cannot express. */
export function opaquePlaceholder(source: OpaqueSource, display: string): string {
  return `PLACEHOLDER(${source}: ${display})`;
}

/**
 * Returns a copy of `value` where every opaque value foreign to `target` is replaced by a
 * placeholder (or removed from a numeric field), and lists every opaque value with what was done.
 */
export function resolveOpaque(
  value: unknown,
  target: ExportTarget,
): { value: unknown; opaque: OpaqueEntry[]; warnings: ExportWarning[] } {
  const native = nativeOpaqueSource(target);
  const opaque: OpaqueEntry[] = [];
  const warnings: ExportWarning[] = [];
  const REMOVE = Symbol('remove');

  const visit = (node: unknown, segments: (string | number)[]): unknown => {
    if (isOpaque(node)) {
      const path = pointerOf(segments);
      const display = displayValue(node);
      if (node.$opaque === native) {
        opaque.push({ path, source: node.$opaque, display, handling: 'kept' });
        return node;
      }
      const last = segments[segments.length - 1];
      if (typeof last === 'string' && isNumericField(segments)) {
        opaque.push({ path, source: node.$opaque, display, handling: 'removed' });
        warnings.push({
          code: 'opaque-removed',
          message: `${node.$opaque} expression ${display} cannot be written to ${target} and ${last} needs a number: it is left out; set it by hand.`,
          path,
        });
        return REMOVE;
      }
      opaque.push({ path, source: node.$opaque, display, handling: 'placeholder' });
      warnings.push({
        code: 'opaque-placeholder',
        message: `${node.$opaque} expression ${display} cannot be written to ${target}: a marked placeholder stands in its place; replace it by hand.`,
        path,
      });
      return opaquePlaceholder(node.$opaque, display);
    }
    if (Array.isArray(node)) {
      return node.map((item, i) => visit(item, [...segments, i])).filter((item) => item !== REMOVE);
    }
    if (isPlainObject(node)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of ownEntries(node)) {
        const next = visit(v, [...segments, k]);
        if (next !== REMOVE) setOwn(out, k, next);
      }
      return out;
    }
    return node;
  };
  return { value: visit(value, []), opaque, warnings };
}
