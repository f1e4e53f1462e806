import { isPlainObject } from '../plan/own.js';

/** Is `value` a CloudFormation intrinsic in JSON form (`{ "Ref": ... }`, `{ "Fn::Sub": ... }`, `{ "Condition": ... }`)? */
export function isIntrinsic(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  const key = keys[0] as string;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::');
}
