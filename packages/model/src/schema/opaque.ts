import { z } from 'zod';

/**
 * A value that is not a literal: a CloudFormation intrinsic (`{"Ref": "X"}`, `!Sub ...`)
 * or a Terraform expression (`${var.x}`). It can stand wherever the API expects a
 * string or a number. Pipewright never evaluates it: it is shown as-is, skipped by
 * pattern and length checks, exported back unchanged to its own format and as a
 * marked placeholder (with a warning) to the others.
 *
 * - `cloudformation`: `expr` is the intrinsic in CloudFormation's JSON form, e.g. `{ "Fn::Sub": "..." }`.
 * - `terraform`: `expr` is the HCL expression as `@cdktf/hcl2json` renders it, e.g. `"${var.repo}"`.
 */
export const OpaqueSource = z.enum(['cloudformation', 'terraform']);
export type OpaqueSource = z.infer<typeof OpaqueSource>;

export const OpaqueValue = z
  .object({
    $opaque: OpaqueSource,
    expr: z.unknown(),
  })
  .strict();
export type OpaqueValue = z.infer<typeof OpaqueValue>;

export function isOpaque(value: unknown): value is OpaqueValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    '$opaque' in value &&
    ((value as { $opaque: unknown }).$opaque === 'cloudformation' ||
      (value as { $opaque: unknown }).$opaque === 'terraform')
  );
}

export function opaque(source: OpaqueSource, expr: unknown): OpaqueValue {
  return { $opaque: source, expr };
}

/** A string, or an opaque value where the API expects a string. */
export const Str = z.union([z.string(), OpaqueValue]);
export type Str = z.infer<typeof Str>;

/** A number, or an opaque value where the API expects an integer. */
export const Num = z.union([z.number(), OpaqueValue]);
export type Num = z.infer<typeof Num>;

/** An enum value, or an opaque value in its place. */
export function enumOrOpaque<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), OpaqueValue]);
}

/** The literal string, or undefined when the value is absent or opaque. */
export function literal(value: Str | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A short human rendering of any value, opaque ones included (for labels and messages). */
export function displayValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isOpaque(value)) {
    if (value.$opaque === 'terraform' && typeof value.expr === 'string') return value.expr;
    return JSON.stringify(value.expr);
  }
  return JSON.stringify(value) ?? '';
}
