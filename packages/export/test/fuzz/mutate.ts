import fc from 'fast-check';

/*
 * Byte-level mutations of a seed file, as fast-check values so a failure reproduces from
 * its seed and shrinks in the unit-test subset. Each mutation is a small edit a person
 * (or a broken tool) could make: a wrong byte, a cut-off file, a chunk lost or pasted
 * twice, a token from the format's own vocabulary in the wrong place, two files glued.
 */

/** Mutated files never grow past this: the size cases are the special inputs' job. */
const MAX_MUTATED_BYTES = 256 * 1024;

export type Mutation =
  | { op: 'set'; at: number; byte: number }
  | { op: 'truncate'; at: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number; to: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'token'; at: number; token: string }
  | { op: 'splice'; at: number; other: number; otherAt: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'repeat'; at: number; length: number; times: number };

const encoder = new TextEncoder();

function concat(...parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(Math.min(total, MAX_MUTATED_BYTES));
  let offset = 0;
  for (const part of parts) {
    if (offset >= out.length) break;
    const slice = part.subarray(0, out.length - offset);
    out.set(slice, offset);
    offset += slice.length;
  }
  return out;
}

function lines(bytes: Uint8Array): Uint8Array[] {
  const result: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 10) {
      result.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  result.push(bytes.subarray(start));
  return result;
}

/** Applies one mutation; positions are taken modulo the current length. */
export function applyMutation(bytes: Uint8Array, m: Mutation, others: readonly Uint8Array[]): Uint8Array {
  const at = (n: number) => (bytes.length === 0 ? 0 : n % (bytes.length + 1));
  switch (m.op) {
    case 'set': {
      if (bytes.length === 0) return Uint8Array.of(m.byte);
      const copy = bytes.slice();
      copy[m.at % bytes.length] = m.byte;
      return copy;
    }
    case 'truncate':
      return bytes.subarray(0, at(m.at));
    case 'delete': {
      const start = at(m.at);
      return concat(bytes.subarray(0, start), bytes.subarray(start + m.length));
    }
    case 'duplicate': {
      const start = at(m.at);
      const chunk = bytes.subarray(start, start + m.length);
      const to = at(m.to);
      return concat(bytes.subarray(0, to), chunk, bytes.subarray(to));
    }
    case 'insert': {
      const start = at(m.at);
      return concat(bytes.subarray(0, start), m.bytes, bytes.subarray(start));
    }
    case 'token': {
      const start = at(m.at);
      return concat(bytes.subarray(0, start), encoder.encode(m.token), bytes.subarray(start));
    }
    case 'splice': {
      const other = others[m.other % Math.max(1, others.length)] ?? bytes;
      const start = at(m.at);
      return concat(bytes.subarray(0, start), other.subarray(other.length === 0 ? 0 : m.otherAt % other.length));
    }
    case 'swapLines': {
      const all = lines(bytes);
      const a = m.a % all.length;
      const b = m.b % all.length;
      [all[a], all[b]] = [all[b] as Uint8Array, all[a] as Uint8Array];
      return concat(...all);
    }
    case 'repeat': {
      const start = at(m.at);
      const chunk = bytes.subarray(start, start + m.length);
      const copies = Array.from({ length: m.times }, () => chunk);
      return concat(bytes.subarray(0, start), ...copies, bytes.subarray(start));
    }
  }
}

export function mutationArbitrary(dictionary: readonly string[]): fc.Arbitrary<Mutation> {
  const position = fc.nat();
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('set' as const), at: position, byte: fc.nat({ max: 255 }) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: position }) },
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant('delete' as const),
        at: position,
        length: fc.integer({ min: 1, max: 64 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('duplicate' as const),
        at: position,
        length: fc.integer({ min: 1, max: 256 }),
        to: position,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('insert' as const),
        at: position,
        bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
      }),
    },
    {
      weight: 5,
      arbitrary: fc.record({ op: fc.constant('token' as const), at: position, token: fc.constantFrom(...dictionary) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('splice' as const), at: position, other: fc.nat(), otherAt: fc.nat() }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('repeat' as const),
        at: position,
        length: fc.integer({ min: 1, max: 8 }),
        times: fc.integer({ min: 2, max: 2000 }),
      }),
    },
  );
}

/** Tokens every format's reader must survive wherever they land. */
export const COMMON_TOKENS: readonly string[] = [
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  ',',
  ':',
  '\\',
  '\\u',
  '\\ud800',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\u0000',
  '\uFEFF',
  '\u2028',
  '\uD83D\uDE80',
  '__proto__',
  'constructor',
  'prototype',
  '"__proto__"',
  '1e999',
  '-0',
  '123456789012345678901234567890',
  'NaN',
  'null',
  'true',
  '#',
  '//',
  '/*',
  '*/',
];

export const FORMAT_TOKENS: Record<'json' | 'cloudformation' | 'terraform', readonly string[]> = {
  json: [
    '"pipeline":',
    '"stages":[',
    '"actions":[]',
    '{"name":',
    '"runOrder":',
    '"configuration":{',
    '"$opaque":"cloudformation",',
    '"metadata":{}',
    '[]',
    '{}',
    '"a":"b",',
  ],
  cloudformation: [
    '!Ref ',
    '!Sub ',
    '!GetAtt ',
    '!If [',
    '!Join [',
    '!Sub |\n',
    '!ImportValue ',
    'Fn::If:',
    'Ref:',
    '&anchor ',
    '*anchor',
    '<<: *anchor',
    '---\n',
    '...\n',
    '%YAML 1.2\n',
    '%TAG ! tag:x,\n',
    '? ',
    '- ',
    '|\n',
    '>-\n',
    '!!binary ',
    '!!str ',
    '!!map ',
    '!!timestamp 2024-01-01',
    '~',
    '  ',
    'Type: AWS::CodePipeline::Pipeline\n',
    'Resources:\n',
    'Properties:\n',
    'Stages:\n',
    'Actions:\n',
  ],
  terraform: [
    'resource "aws_codepipeline" "x" {\n',
    'stage {\n',
    'action {\n',
    'dynamic "stage" {\n',
    'content {\n',
    'for_each = ',
    '${',
    '%{',
    '%{ for x in y }',
    '%{ endfor }',
    '<<EOF\n',
    '<<-EOT\n',
    'EOF\n',
    'var.x',
    '= ',
    '==',
    '=>',
    '...',
    '? :',
    'each.value',
    'locals {',
    'configuration = {',
    'jsonencode({',
    '"${var.repo}"',
  ],
};
