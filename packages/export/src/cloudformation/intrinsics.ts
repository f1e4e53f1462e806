import { isPlainObject } from '../plan/own.js';

/** Is `value` a CloudFormation intrinsic in JSON form (`{ "Ref": ... }`, `{ "Fn::Sub": ... }`, `{ "Condition": ... }`)? */
export function isIntrinsic(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  const key = keys[0] as string;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::');
}

/** `{ "Ref": "AWS::NoValue" }`: the property or list item is absent. */
export function isNoValue(value: unknown): boolean {
  return isPlainObject(value) && Object.keys(value).length === 1 && value['Ref'] === 'AWS::NoValue';
}

/**
 * The parts of `{ "Fn::If": [condition, then, else] }` with a condition name; a branch that is
 * `AWS::NoValue` is undefined. Undefined for anything else, and when both branches are absent.
 */
export function conditionalParts(value: unknown): { condition: string; then: unknown; else: unknown } | undefined {
  if (!isIntrinsic(value) || !Object.hasOwn(value, 'Fn::If')) return undefined;
  const args = value['Fn::If'];
  if (!Array.isArray(args) || args.length !== 3 || typeof args[0] !== 'string') return undefined;
  const [condition, yes, no] = args as [string, unknown, unknown];
  if (isNoValue(yes) && isNoValue(no)) return undefined;
  return { condition, then: isNoValue(yes) ? undefined : yes, else: isNoValue(no) ? undefined : no };
}
