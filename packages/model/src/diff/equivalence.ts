import { isOpaque } from '../schema/opaque.js';

/*
 * When two values of a declaration mean the same. Formats differ in what they
 * spell out: get-pipeline writes `inputArtifacts: []` where Terraform writes
 * nothing, so an empty list or object counts as absent.
 */

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isOpaque(value);
}

/** Absent, an empty list or an empty object. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return value === undefined;
  if (Array.isArray(value)) return value.length === 0;
  return isPlainObject(value) && Object.keys(value).every((k) => isEmpty(value[k]));
}

/** Structural equality where key order does not count and empty lists/objects equal absence. */
export function equivalent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // A primitive (or absence) on one side at least: equal only as absence against an empty value.
    return (a === undefined && isEmpty(b)) || (b === undefined && isEmpty(a));
  }
  if (isOpaque(a) || isOpaque(b)) {
    if (isOpaque(a) && isOpaque(b) && a.$opaque !== b.$opaque) return true; // see acrossFormats
    return isOpaque(a) && isOpaque(b) && equivalent(a.expr, b.expr);
  }
  const arrays = Array.isArray(a);
  if (arrays !== Array.isArray(b)) return isEmpty(a) && isEmpty(b);
  if (arrays) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!equivalent(x[i], y[i])) return false;
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const key of Object.keys(ra))
    if (!equivalent(ra[key], Object.hasOwn(rb, key) ? rb[key] : undefined)) return false;
  for (const key of Object.keys(rb)) if (!Object.hasOwn(ra, key) && !isEmpty(rb[key])) return false;
  return true;
}

/*
 * acrossFormats: a Terraform expression and a CloudFormation intrinsic are written in two languages
 * (`${var.token}` against `{"Ref": "Token"}`): nothing tells whether they mean the same, and
 * comparing their text would report the source format as a change. Two opaque values of different
 * sources are therefore no change; two of the same source compare as written.
 */

/** get-pipeline masks secret configuration values as `****`: a masked value says nothing about the real one. */
export { isMaskedSecret as isMasked } from '../secrets/masked.js';
