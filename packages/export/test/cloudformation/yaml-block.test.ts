import { decodeText, generatePipeline } from '@pipewright/model';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument, type ToStringOptions } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exportPipeline } from '../../src/index.js';
import { readBlockYaml } from '../../src/cloudformation/yaml-block-reader.js';
import { writeBlockYaml } from '../../src/cloudformation/yaml-block-writer.js';
import { readYamlDocument } from '../../src/cloudformation/yaml-reader.js';
import { writeWithDocument } from '../../src/cloudformation/yaml-writer.js';
import { pipelineSources } from '../support/corpus.js';
import { hostileKey, hostileString } from '../support/hostile.js';

/*
 * The block reader and writer are fast paths: whatever they accept, they must read and write
 * exactly as the `yaml` document model does (data, key order, every node's offset in recording
 * order; the same bytes), and give up on anything else.
 */

/** The block reader's result for `text` equals the document reader's, or it gave up. Returns whether it read. */
function expectReadAsDocument(text: string): boolean {
  const offsets = new Map<string, number>();
  const fast = readBlockYaml(text.replace(/\r(?!\n)/g, '\n'), offsets);
  if (!fast) return false;
  const slow = readYamlDocument(text);
  if (!slow.ok)
    throw new Error(`the block reader read what the document reader refuses: ${slow.error.message}\n${text}`);
  expect(slow.source.duplicates).toEqual([]);
  // Deep and strict (NaN, -0, key order through JSON), offsets in the order recorded.
  expect(isDeepStrictEqual(fast.data, slow.source.data), text).toBe(true);
  expect(JSON.stringify(fast.data)).toBe(JSON.stringify(slow.source.data));
  expect([...offsets]).toEqual([...(slow.source.offsets as Map<string, number>)]);
  return true;
}

/** The block writer's text for `template` is the Document's, or it gave up. Returns whether it wrote. */
function expectWrittenAsDocument(template: unknown): boolean {
  const fast = writeBlockYaml(template);
  if (fast === undefined) return false;
  expect(fast).toBe(writeWithDocument(template));
  return true;
}

const INTRINSICS = ['Ref', 'Condition', 'Fn::GetAtt', 'Fn::If', 'Fn::Sub', 'Fn::Join', 'Fn::Base64', 'Fn::GetAZs'];
const lineFree = (s: string) => !s.includes('\n');
const scalar = fc.oneof(
  hostileString,
  hostileString.filter(lineFree),
  fc.string({ unit: 'binary' }).filter(lineFree),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('A', 'Arn', 'x.y', '1', '012', 'true', 'Null', '0x1F', '.inf', '-', 'a: b', 'a #b', "it's"),
);
const key = fc.oneof(hostileKey, hostileKey.filter(lineFree), fc.constantFrom(...INTRINSICS, 'Name', '__proto__'));
const { node } = fc.letrec<{ node: unknown; list: unknown; map: unknown; intrinsic: unknown }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map'), tie('intrinsic')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  intrinsic: fc
    .tuple(
      fc.constantFrom(...INTRINSICS),
      fc.oneof(tie('node'), fc.tuple(fc.constantFrom('A', 'Res1', 'x-y', '1a'), fc.constantFrom('Arn', 'A.B', 'x y'))),
    )
    .map(([k, v]) => ({ [k]: v })),
}));
const template = fc.dictionary(key, node, { minKeys: 1, maxKeys: 5 });

/** The same YAML laid out by the `yaml` package with other options. */
function rewrite(text: string, options: ToStringOptions): string {
  return parseDocument(text, { uniqueKeys: false }).toString({ lineWidth: 0, ...options });
}

/** Ways people write the same YAML: comments, CRLF, indentation, compact lists, quoting. */
const RESTYLES: ((text: string) => string)[] = [
  (t) => t,
  (t) => t.replace(/\n/g, '\r\n'),
  (t) => t.replace(/\n/g, '\r'),
  (t) => `# a comment\n${t.replace(/^(\s*)(\S.*)$/m, '$1$2 # trailing')}`,
  (t) => rewrite(t, { indent: 4 }),
  (t) => rewrite(t, { indentSeq: false }),
  (t) => t.replace(/: ([A-Za-z][A-Za-z0-9]*)$/gm, ": '$1'"),
  (t) => t.replace(/^(\s*)([A-Za-z]+):/gm, '$1"$2":'),
  (t) => `---\n${t}`,
  (t) => t.replace(/\n/, '\n\n   \n'),
];

describe('block YAML reader', () => {
  it('reads an exported 2,500-action pipeline, and each restyling, as the document reader does', () => {
    const text = exportPipeline(generatePipeline({ stages: 50, actionsPerStage: 50 }), 'cloudformation', {
      monitoring: true,
    }).text;
    expect(expectReadAsDocument(text)).toBe(true);
    const small = exportPipeline(generatePipeline({ stages: 3, actionsPerStage: 3 }), 'cloudformation').text;
    // Each restyling of an exported template stays within the block reader (`---` included).
    for (const restyle of RESTYLES) expect(expectReadAsDocument(restyle(small))).toBe(true);
  });

  it('reads generated templates, hostile values and restylings as the document reader does', () => {
    let read = 0;
    fc.assert(
      fc.property(template, fc.integer({ min: 0, max: RESTYLES.length - 1 }), (t, style) => {
        if (expectReadAsDocument((RESTYLES[style] as (text: string) => string)(writeWithDocument(t)))) read++;
      }),
      { numRuns: 400, seed: 20261203 },
    );
    expect(read).toBeGreaterThan(50);
  });

  it('gives up on what it does not read', () => {
    for (const text of [
      'A: [1, 2]\n',
      'A: &x 1\nB: *x\n',
      'A: |\n  text\n',
      'A: plain\n  continued\n',
      'A:\nB: 1\n',
      'A: 1\nA: 2\n',
      'A: !Foo x\n',
      'A:\tx\n',
      '? A\n: 1\n',
      'A: "open\n  quote"\n',
      'A: x: y\n',
      '012: x\n',
      'A: 1\n---\nB: 2\n',
      '  A: 1\n',
      'A: - x\n',
    ]) {
      expect(readBlockYaml(text), text).toBeUndefined();
    }
  });

  for (const source of pipelineSources) {
    it(`reads the ${source.name}'s CloudFormation YAML as the document reader does`, { tags: source.tags }, () => {
      for (const { file, bytes } of source.files('cfn')) {
        if (!/\.(ya?ml|template)$/.test(file)) continue;
        expectReadAsDocument(decodeText(bytes).text);
      }
    });
  }
});

describe('block YAML writer', () => {
  it('writes an exported 2,500-action pipeline as the Document does', () => {
    const text = exportPipeline(generatePipeline({ stages: 50, actionsPerStage: 50 }), 'cloudformation-json', {
      monitoring: true,
    }).text;
    expect(expectWrittenAsDocument(JSON.parse(text))).toBe(true);
  });

  it('writes generated templates with hostile values as the Document does, or leaves them to it', () => {
    let written = 0;
    fc.assert(
      fc.property(template, (t) => {
        if (expectWrittenAsDocument(t)) written++;
      }),
      { numRuns: 1000, seed: 20261203 },
    );
    expect(written).toBeGreaterThan(100);
  });

  for (const source of pipelineSources) {
    it(`writes the ${source.name}'s templates as the Document does`, { tags: source.tags }, () => {
      for (const { bytes } of source.files('cfn')) {
        const read = readYamlDocument(decodeText(bytes).text);
        if (read.ok) expectWrittenAsDocument(read.source.data);
      }
    });
  }
});
