import fc from 'fast-check';
import { COMMON_TOKENS, FORMAT_TOKENS, applyMutation, mutationArbitrary } from './mutate.js';
import type { FuzzFormat, Seed } from './seeds.js';

/*
 * The inputs one format is fuzzed with: random bytes and text, token soup from the
 * format's vocabulary, and its seed files mutated one to four times, some re-encoded
 * (UTF-16 with and without a byte order mark, UTF-8 with one, broken UTF-8, a JS string
 * with a lone surrogate).
 */

export interface FuzzInput {
  /** The family it belongs to, for the report: `random-bytes`, `mutated:corpus`, `special:deep-json`... */
  kind: string;
  input: string | Uint8Array;
  fileName?: string;
  /** A short note on how it was made (seed file, mutations), for reproducers. */
  origin: string;
}

export type Encoding =
  'as-is' | 'utf8-bom' | 'utf16le-bom' | 'utf16be-bom' | 'utf16le' | 'string' | 'lone-surrogate' | 'bad-utf8';

const INVALID_UTF8: readonly number[][] = [
  [0xff],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0x80],
];

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = u & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = u >> 8;
  }
  return out;
}

export function reencode(bytes: Uint8Array, encoding: Encoding, at: number): string | Uint8Array {
  const text = () => new TextDecoder().decode(bytes);
  switch (encoding) {
    case 'as-is':
      return bytes;
    case 'utf8-bom':
      return Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes);
    case 'utf16le-bom':
      return utf16(text(), true, true);
    case 'utf16be-bom':
      return utf16(text(), false, true);
    case 'utf16le':
      return utf16(text(), true, false);
    case 'string':
      return text();
    case 'lone-surrogate': {
      const t = text();
      const i = t.length === 0 ? 0 : at % t.length;
      return t.slice(0, i) + (at % 2 === 0 ? '\uD800' : '\uDFFF') + t.slice(i);
    }
    case 'bad-utf8': {
      const i = bytes.length === 0 ? 0 : at % bytes.length;
      const bad = INVALID_UTF8[at % INVALID_UTF8.length] as number[];
      return Uint8Array.of(...bytes.subarray(0, i), ...bad, ...bytes.subarray(i));
    }
  }
}

const encodingArbitrary: fc.Arbitrary<Encoding> = fc.oneof(
  { weight: 16, arbitrary: fc.constant('as-is' as const) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Encoding>(
      'utf8-bom',
      'utf16le-bom',
      'utf16be-bom',
      'utf16le',
      'string',
      'lone-surrogate',
    ),
  },
  { weight: 2, arbitrary: fc.constant('bad-utf8' as const) },
);

const FILE_NAMES: Record<FuzzFormat, readonly (string | undefined)[]> = {
  json: [undefined, 'pipeline.json'],
  cloudformation: [undefined, 'template.yaml', 'template.json'],
  terraform: [undefined, 'main.tf', 'main.tf.json'],
};

function mutatedSeeds(format: FuzzFormat, seeds: readonly Seed[], kind: string): fc.Arbitrary<FuzzInput> {
  const dictionary = [...COMMON_TOKENS, ...FORMAT_TOKENS[format]];
  const others = seeds.map((s) => s.bytes);
  return fc
    .record({
      seed: fc.constantFrom(...seeds),
      mutations: fc.array(mutationArbitrary(dictionary), { minLength: 1, maxLength: 4 }),
      encoding: encodingArbitrary,
      at: fc.nat(),
    })
    .map(({ seed, mutations, encoding, at }) => {
      const bytes = mutations.reduce((current, m) => applyMutation(current, m, others), seed.bytes);
      return {
        kind,
        input: reencode(bytes, encoding, at),
        fileName: seed.fileName,
        origin: `${seed.name} + ${mutations.map((m) => m.op).join(', ')}${encoding === 'as-is' ? '' : ` as ${encoding}`}`,
      };
    });
}

function tokenSoup(format: FuzzFormat): fc.Arbitrary<FuzzInput> {
  const dictionary = [...COMMON_TOKENS, ...FORMAT_TOKENS[format], 'a', 'b', '1', ' ', '\n', '  ', 'x = "y"\n'];
  return fc
    .record({
      tokens: fc.array(fc.constantFrom(...dictionary), { maxLength: 120 }),
      fileName: fc.constantFrom(...FILE_NAMES[format]),
    })
    .map(({ tokens, fileName }) => ({
      kind: 'token-soup',
      input: tokens.join(''),
      ...(fileName ? { fileName } : {}),
      origin: 'tokens of the format',
    }));
}

function randomBytes(format: FuzzFormat): fc.Arbitrary<FuzzInput> {
  return fc
    .record({ bytes: fc.uint8Array({ maxLength: 2048 }), fileName: fc.constantFrom(...FILE_NAMES[format]) })
    .map(({ bytes, fileName }) => ({
      kind: 'random-bytes',
      input: bytes,
      ...(fileName ? { fileName } : {}),
      origin: 'random bytes',
    }));
}

function randomText(format: FuzzFormat): fc.Arbitrary<FuzzInput> {
  return fc
    .record({
      text: fc.oneof(
        fc.string({ unit: 'binary', maxLength: 512 }),
        fc.string({ unit: 'grapheme', maxLength: 512 }),
        fc.json({ maxDepth: 6 }),
      ),
      fileName: fc.constantFrom(...FILE_NAMES[format]),
    })
    .map(({ text, fileName }) => ({
      kind: 'random-text',
      input: text,
      ...(fileName ? { fileName } : {}),
      origin: 'random text',
    }));
}

/** Everything one format is fuzzed with, weighted towards inputs close to real files. */
export function inputsFor(
  format: FuzzFormat,
  seeds: { corpus: readonly Seed[]; exported: readonly Seed[] },
): fc.Arbitrary<FuzzInput> {
  const families: fc.WeightedArbitrary<FuzzInput>[] = [
    { weight: 1, arbitrary: randomBytes(format) },
    { weight: 1, arbitrary: randomText(format) },
    { weight: 1, arbitrary: tokenSoup(format) },
  ];
  if (seeds.corpus.length > 0)
    families.push({ weight: 4, arbitrary: mutatedSeeds(format, seeds.corpus, 'mutated-corpus') });
  if (seeds.exported.length > 0)
    families.push({ weight: 3, arbitrary: mutatedSeeds(format, seeds.exported, 'mutated-export') });
  return fc.oneof(...families);
}
