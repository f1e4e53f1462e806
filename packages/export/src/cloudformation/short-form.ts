/*
 * CloudFormation's short-form intrinsics in YAML (`!Ref X`, `!GetAtt A.B`, `!If [...]`) and their
 * JSON form (`{ "Ref": "X" }`, `{ "Fn::GetAtt": ["A", "B"] }`, `{ "Fn::If": [...] }`): shared by
 * both YAML readers and the writer, so the three agree on the names.
 */

export const FUNCTIONS = [
  'Ref',
  'Condition',
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
  'ToJsonString',
  'Length',
  'ForEach',
];

const TAGS = new Set(FUNCTIONS.map((name) => `!${name}`));

/** Is `tag` (`!Ref`, `!Sub` ...) a short-form intrinsic? */
export function isShortFormTag(tag: string): boolean {
  return TAGS.has(tag);
}

function intrinsicKey(tag: string): string {
  const name = tag.slice(1);
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

/** The JSON form of a short-form intrinsic: `!GetAtt A.B` is `{ "Fn::GetAtt": ["A", "B"] }`. */
export function wrapTag(tag: string, value: unknown): unknown {
  const key = intrinsicKey(tag);
  if (key === 'Fn::GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [key]: value };
}

/** The short-form tag of an intrinsic key: `Ref` -> `!Ref`, `Fn::Sub` -> `!Sub`. */
export function tagOf(key: string): string {
  return key === 'Ref' || key === 'Condition' ? `!${key}` : `!${key.slice('Fn::'.length)}`;
}
