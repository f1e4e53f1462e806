import type { FuzzInput } from './inputs.js';
import { reencode } from './inputs.js';
import type { FuzzFormat, Seed } from './seeds.js';

/*
 * Hand-made hostile inputs every format gets once: nesting 10,000 deep in each of the
 * format's bracket kinds, a 20 MB file (valid, and random bytes), and every encoding
 * trap (UTF-16 with and without a byte order mark, odd length, unpaired surrogates,
 * invalid UTF-8). `heavy` marks the big ones the quick unit-test subset leaves out.
 */

export interface SpecialInput extends FuzzInput {
  heavy?: boolean;
}

export const DEEP = 10_000;
export const HUGE_BYTES = 20 * 1024 * 1024;

const nest = (open: string, inner: string, close: string, depth = DEEP) =>
  open.repeat(depth) + inner + close.repeat(depth);

function deepInputs(format: FuzzFormat): [string, string][] {
  switch (format) {
    case 'json':
      return [
        ['deep-arrays', `{"pipeline": ${nest('[', '', ']')}}`],
        ['deep-objects', `{"pipeline": ${nest('{"a":', '1', '}')}}`],
        ['deep-unclosed', `{"pipeline": ${'['.repeat(DEEP)}`],
        [
          'deep-in-configuration',
          `{"name":"p","roleArn":"r","stages":[{"name":"S","actions":[{"name":"A","configuration":${nest('{"k":', '"v"', '}')}}]}]}`,
        ],
      ];
    case 'cloudformation':
      return [
        ['deep-flow-seq', `Resources: ${nest('[', '', ']')}\n`],
        ['deep-flow-map', `Resources: ${nest('{a: ', '1', '}')}\n`],
        ['deep-block-seq', `Resources:\n  P:\n    Properties: ${'- '.repeat(DEEP)}x\n`],
        [
          'deep-intrinsics',
          `Resources:\n  P:\n    Type: AWS::CodePipeline::Pipeline\n    Properties:\n      Name: ${nest('!If [c, ', 'x', ']')}\n`,
        ],
        ['deep-json-template', `{"Resources": ${nest('{"a":', '1', '}')}}`],
        ['deep-unclosed', `Resources: ${'['.repeat(DEEP)}`],
      ];
    case 'terraform':
      return [
        ['deep-blocks', `resource "aws_codepipeline" "p" {\n${nest('a {\n', '', '}\n')}}\n`],
        ['deep-parens', `resource "aws_codepipeline" "p" {\n  name = ${nest('(', '1', ')')}\n}\n`],
        ['deep-tuples', `resource "aws_codepipeline" "p" {\n  name = ${nest('[', '1', ']')}\n}\n`],
        ['deep-objects', `resource "aws_codepipeline" "p" {\n  name = ${nest('{a = ', '1', '}')}\n}\n`],
        ['deep-templates', `resource "aws_codepipeline" "p" {\n  name = "${nest('${"', 'x', '"}')}"\n}\n`],
        ['deep-json', `{"resource": ${nest('{"a":', '1', '}')}}`],
        ['deep-unclosed', `resource "aws_codepipeline" "p" {\n${'a {\n'.repeat(DEEP)}`],
      ];
  }
}

/** A valid file of the format grown to 20 MB with a comment or a long value. */
function hugeValid(format: FuzzFormat, seed: Seed | undefined): string {
  const base = seed ? new TextDecoder().decode(seed.bytes) : '';
  switch (format) {
    case 'json':
      return base.replace(/"name"\s*:\s*"/, (m) => m + 'x'.repeat(HUGE_BYTES));
    case 'cloudformation':
      return `${base}\n# ${'y'.repeat(HUGE_BYTES)}\n`;
    case 'terraform':
      return `${base}\n# ${'t'.repeat(HUGE_BYTES)}\n`;
  }
}

function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function encodingInputs(seed: Seed): [string, string | Uint8Array][] {
  const b = seed.bytes;
  const utf16le = reencode(b, 'utf16le-bom', 0) as Uint8Array;
  return [
    ['utf8-bom', reencode(b, 'utf8-bom', 0)],
    ['utf16le-bom', utf16le],
    ['utf16be-bom', reencode(b, 'utf16be-bom', 0)],
    ['utf16le-no-bom', reencode(b, 'utf16le', 0)],
    ['utf16-odd-length', utf16le.subarray(0, utf16le.length - 1)],
    ['utf16-unpaired-high', Uint8Array.of(0xff, 0xfe, 0x7b, 0x00, 0x00, 0xd8, 0x7d, 0x00)],
    ['utf16-unpaired-low', Uint8Array.of(0xfe, 0xff, 0x00, 0x7b, 0xdc, 0x00, 0x00, 0x7d)],
    ['utf8-overlong', Uint8Array.of(...b.subarray(0, 20), 0xc0, 0xaf, ...b.subarray(20))],
    ['utf8-surrogate', Uint8Array.of(...b.subarray(0, 20), 0xed, 0xa0, 0x80, ...b.subarray(20))],
    ['utf8-truncated-sequence', Uint8Array.of(...b, 0xe2, 0x82)],
    ['utf8-ff', Uint8Array.of(0xff, ...b)],
    ['string-lone-surrogate', reencode(b, 'lone-surrogate', 7)],
    ['bom-only', Uint8Array.of(0xef, 0xbb, 0xbf)],
    ['utf16-bom-only', Uint8Array.of(0xff, 0xfe)],
  ];
}

export function specialInputs(format: FuzzFormat, seeds: readonly Seed[]): SpecialInput[] {
  const first = seeds[0];
  const special = (name: string, input: string | Uint8Array, heavy = false): SpecialInput => ({
    kind: `special:${name}`,
    input,
    origin: `special input ${name}`,
    ...(heavy ? { heavy } : {}),
  });
  return [
    special('empty', ''),
    special('whitespace', ' \n\t\r\n '),
    special('nul-bytes', new Uint8Array(64)),
    ...deepInputs(format).map(([name, text]) => special(name, text)),
    ...(first ? encodingInputs(first).map(([name, input]) => special(name, input)) : []),
    special('20MB-valid', hugeValid(format, first), true),
    special('20MB-random-bytes', pseudoRandomBytes(HUGE_BYTES, format.length * 7919), true),
  ];
}
